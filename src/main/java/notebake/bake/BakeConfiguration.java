package notebake.bake;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.configuration.DefaultJBakeConfiguration;

import java.io.File;
import java.util.Collections;
import java.util.Map;

/**
 * JBake's configuration, except that the {@code config} map handed to every template is built once per bake
 * instead of once per page (JBake rebuilds it from ~150 layered keys, system properties included, for every
 * page). Any {@code setProperty} drops the cached map. One per bake; not thread-safe.
 */
final class BakeConfiguration extends DefaultJBakeConfiguration {

    private Map<String, Object> templateConfig;

    BakeConfiguration(File sourceFolder, CompositeConfiguration configuration) {
        super(sourceFolder, configuration);
    }

    @Override
    public Map<String, Object> asHashMap() {
        if (templateConfig == null) {
            templateConfig = Collections.unmodifiableMap(super.asHashMap());
        }
        return templateConfig;
    }

    @Override
    public void setProperty(String key, Object value) {
        templateConfig = null;
        super.setProperty(key, value);
    }
}
