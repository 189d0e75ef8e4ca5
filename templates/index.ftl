<#import "layout.ftl" as layout>
<#assign root = content.rootpath>
<@layout.page title=content.title rootpath=content.rootpath kind="home">
<h1>${config.site_title?html}</h1>
<#macro count n one many>${n} <#if n == 1>${one}<#else>${many}</#if></#macro>
<p class="home-lede"><@count content.note_count "note" "notes"/> in <@count content.section_count "section" "sections"/><#if (content.snippet_count > 0)>, showing <@count content.snippet_count "Java snippet" "Java snippets"/>.
<#if content.run_count == content.snippet_count>Every snippet was compiled and run when this site was built; the output under it is the output of that run.<#else>Every snippet was compiled when this site was built; the ${content.run_count} with a <code>main</code> method were also run, and the output under each is the output of that run.</#if><#else>.</#if></p>
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
