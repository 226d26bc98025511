package dev.quintet.core.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quintet.apps.App;
import dev.quintet.conf.Settings;
import dev.quintet.core.handlers.populate.Shelf;
import dev.quintet.core.handlers.populate.Volume;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.ModelMeta;
import dev.quintet.db.models.RelatedObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteContextTest {
    /** An app listing its models as class literals, which load a class without running its static initialiser. */
    record Library() implements App {
        @Override
        public String label() {
            return "library";
        }

        @Override
        public List<Class<? extends Model>> models() {
            return List.of(Shelf.class, Volume.class);
        }
    }

    @Test
    void buildingTheSiteRegistersEveryInstalledModelSoReverseRelationsExistBeforeTheFirstRequest() {
        SiteContext.of(Settings.builder().installedApps(new Library()).build());
        // only Shelf is touched here: shelf.volumes exists because the site registered Volume at start-up
        assertThat(ModelMeta.of(Shelf.class).relatedObjects()).extracting(RelatedObject::accessorName).contains("volumes");
    }
}
