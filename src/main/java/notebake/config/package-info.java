/** Stage 0: one {@code notebake.properties} file becomes one immutable {@link notebake.config.Config}. */
package notebake.config;
