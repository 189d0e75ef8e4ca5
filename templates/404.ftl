<#-- 404.html is served for any missing path, at any depth: links use the site URL when one is configured. -->
<#import "layout.ftl" as layout>
<#assign root = (config.site_host?has_content && config.site_host != "http://www.jbake.org")?then(config.site_host?ensure_ends_with("/"), "")>
<@layout.page title="Page not found" rootpath=root kind="error404">
<h1>Page not found</h1>
<p>There is no page at this address. It may have moved when the notes were reorganised.</p>
<p><a href="${root}index.html">Go to the list of sections</a>.</p>
</@layout.page>
