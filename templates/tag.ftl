<#import "layout.ftl" as layout>
<#assign root = content.rootpath>
<#assign t = content.tag>
<@layout.page title=content.title rootpath=content.rootpath kind="tag"
  breadcrumbs=[{"title": "Home", "uri": "index.html"}, {"title": "Tags", "uri": "tags/index.html"}, {"title": t.name, "uri": ""}]>
<h1>Tagged <span class="tag">${t.name?html}</span></h1>
<ol class="page-list page-list-detailed">
<#list t.pages as p>
  <li><a href="${root}${p.uri}">${p.title?html}</a><#if p.summary?has_content><p class="page-summary">${p.summary?html}</p></#if></li>
</#list>
</ol>
</@layout.page>
