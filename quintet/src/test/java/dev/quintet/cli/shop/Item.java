package dev.quintet.cli.shop;

import dev.quintet.db.models.CharField;
import dev.quintet.db.models.Manager;
import dev.quintet.db.models.Model;

/** The model of the migration commands' test app. */
public class Item extends Model {
    public static final Manager<Item> objects = Manager.of(Item.class, m -> m
            .app("shop")
            .field("name", CharField.maxLength(40)));

    public String name;
}
