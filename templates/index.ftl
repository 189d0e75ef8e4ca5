<#import "layout.ftl" as layout>
<#assign root = content.rootpath>
<@layout.page title=content.title rootpath=content.rootpath kind="home">
<h1>${config.site_title?html}</h1>
<div class="sections">
<#list content.sections as s>
<section class="section-card" id="section-${s.key}">
  <h2><a href="${root}${s.uri}">${s.title?html}</a></h2>
  <#if s.summary?has_content><p class="section-summary">${s.summary?html}</p></#if>
  <#if s.pages?has_content>
  <ol class="page-list">
    <#list s.pages as p><li><a href="${root}${p.uri}">${p.title?html}</a></li></#list>
  </ol>
  <#else>
  <p class="empty">No pages yet.</p>
  </#if>
</section>
</#list>
</div>
<#if content.has_topics>
<p class="topics-link"><a href="${root}where-each-note-went.html">Where each original note went</a></p>
</#if>
</@layout.page>
