/**
 * Models and queries, as Django's {@code django.db.models}: {@link dev.quintet.db.models.Model},
 * {@link dev.quintet.db.models.Manager} (which declares a model's {@link dev.quintet.db.models.ModelMeta}),
 * the fields ({@link dev.quintet.db.models.CharField}, {@link dev.quintet.db.models.ForeignKey}...),
 * {@link dev.quintet.db.models.QuerySet}, {@link dev.quintet.db.models.Q}, {@link dev.quintet.db.models.F},
 * aggregates and other expressions, related managers and signals. See {@code docs/orm.md}.
 */
package dev.quintet.db.models;
