package notebake.bake;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

import java.io.File;

/**
 * The {@code RenderingTool} seam: JBake's Oven finds this through ServiceLoader and calls it with the bake's
 * renderer. For a Notebake bake (a {@link PlanRenderer}) it renders the whole plan; for any other bake (plain
 * JBake in the same JVM, e.g. the benchmark) it does nothing.
 */
public final class PlanRenderingTool implements RenderingTool {

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        if (renderer instanceof PlanRenderer plan) {
            int n = plan.renderPlan();
            if (!plan.errors().isEmpty()) {
                throw new RenderingException(String.join("\n", plan.errors()));
            }
            return n;
        }
        return 0;
    }

    @Override
    @Deprecated
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
                      CompositeConfiguration config) throws RenderingException {
        return 0;
    }
}
