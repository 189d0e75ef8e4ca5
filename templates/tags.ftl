<#import "layout.ftl" as layout>
<#assign root = content.rootpath>
<@layout.page title="Tags" rootpath=content.rootpath kind="tags"
  breadcrumbs=[{"title": "Home", "uri": "index.html"}, {"title": "Tags", "uri": ""}]>
<h1>Tags</h1>
<#if content.all_tags?has_content>
<ul class="tag-cloud">
<#list content.all_tags as t><li><a class="tag" href="${root}${t.uri}">${t.name?html}</a> <span class="count">${t.count}</span></li></#list>
</ul>
<#else>
<p class="empty">No tags yet.</p>
</#if>
</@layout.page>
