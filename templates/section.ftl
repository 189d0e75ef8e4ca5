<#import "layout.ftl" as layout>
<#assign root = content.rootpath>
<#assign s = content.section>
<@layout.page title=s.title rootpath=content.rootpath kind="section" description=s.summary
  breadcrumbs=[{"title": "Home", "uri": "index.html"}, {"title": s.title, "uri": ""}]>
<h1>${s.title?html}</h1>
<#if s.summary?has_content><p class="section-summary">${s.summary?html}</p></#if>
<#if s.pages?has_content>
<ol class="page-list page-list-detailed">
<#list s.pages as p>
  <li><a href="${root}${p.uri}">${p.title?html}</a><#if p.summary?has_content><p class="page-summary">${p.summary?html}</p></#if></li>
</#list>
</ol>
<#else>
<p class="empty">No pages yet.</p>
</#if>
</@layout.page>
