package dev.quintet.db.fields;

import dev.quintet.db.models.BigIntegerField;
import dev.quintet.db.models.BinaryField;
import dev.quintet.db.models.BooleanField;
import dev.quintet.db.models.CharField;
import dev.quintet.db.models.Constraint;
import dev.quintet.db.models.DateField;
import dev.quintet.db.models.DateTimeField;
import dev.quintet.db.models.DecimalField;
import dev.quintet.db.models.DurationField;
import dev.quintet.db.models.EmailField;
import dev.quintet.db.models.FloatField;
import dev.quintet.db.models.Index;
import dev.quintet.db.models.IntegerField;
import dev.quintet.db.models.JSONField;
import dev.quintet.db.models.Manager;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.PositiveIntegerField;
import dev.quintet.db.models.Q;
import dev.quintet.db.models.SlugField;
import dev.quintet.db.models.SmallIntegerField;
import dev.quintet.db.models.TextField;
import dev.quintet.db.models.TimeField;
import dev.quintet.db.models.URLField;
import dev.quintet.db.models.UUIDField;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** A test model with one field of every type and a user-chosen UUID primary key. */
public class Sample extends Model {
    public static final Manager<Sample> objects = Manager.of(Sample.class, m -> m
            .app("qf")
            .field("uuid", UUIDField.of().primaryKey().withDefault(UUID::randomUUID))
            .field("name", CharField.maxLength(10))
            .field("text", TextField.of().blank())
            .field("small", SmallIntegerField.of().nullable().blank())
            .field("big", BigIntegerField.of().nullable().blank())
            .field("positive", PositiveIntegerField.of().nullable().blank())
            .field("flag", BooleanField.of().nullable().blank())
            .field("ratio", FloatField.of().withDefault(0.0))
            .field("amount", DecimalField.of(5, 2).nullable().blank())
            .field("day", DateField.of().nullable().blank())
            .field("at", DateTimeField.of().nullable().blank())
            .field("time", TimeField.of().nullable().blank())
            .field("duration", DurationField.of().nullable().blank())
            .field("email", EmailField.of().blank())
            .field("url", URLField.of().blank())
            .field("slug", SlugField.of().blank())
            .field("data", JSONField.of().nullable().blank())
            .field("blob", BinaryField.of().nullable().blank())
            .field("status", CharField.maxLength(1).choices("d", "Draft", "p", "Published").withDefault("d"))
            .field("updated", DateTimeField.of().autoNow().nullable().blank())
            .field("created", DateTimeField.of().autoNowAdd().nullable().blank())
            .field("legacy", IntegerField.of().dbColumn("legacy_col").nullable().blank())
            .uniqueTogether("name", "slug")
            .constraint(Constraint.check("qf_small_not_negative", Q.of("small__gte", 0)))
            .index(Index.of("qf_sample_name_day", "name", "-day")));

    public UUID uuid;
    public String name;
    public String text;
    public Integer small;
    public Long big;
    public Integer positive;
    public Boolean flag;
    public double ratio;
    public BigDecimal amount;
    public LocalDate day;
    public OffsetDateTime at;
    public LocalTime time;
    public Duration duration;
    public String email;
    public String url;
    public String slug;
    public Map<String, Object> data;
    public byte[] blob;
    public String status;
    public Instant updated;
    public Instant created;
    public Integer legacy;
}
