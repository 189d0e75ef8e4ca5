<#import "layout.ftl" as layout>
<#assign root = content.rootpath>
<@layout.page title=content.title rootpath=content.rootpath kind="note" toc=true description=content.summary!""
  breadcrumbs=[{"title": "Home", "uri": "index.html"}, {"title": content.section_title, "uri": content.section_uri}, {"title": content.title, "uri": ""}]>
<article class="note" data-section="${content.section_key?html}">
  <header class="note-header">
    <h1 class="note-title">${content.title?html}</h1>
    <p class="note-meta">
      <time datetime="${content.date?string("yyyy-MM-dd")}">${content.date?string("d MMMM yyyy")}</time>
      <#if content.tag_links?has_content>
      <span class="note-tags"><#list content.tag_links as t><a class="tag" href="${root}${t.uri}">${t.name?html}</a><#sep> </#list></span>
      </#if>
    </p>
    <#if content.summary?has_content><p class="note-summary">${content.summary?html}</p></#if>
    <#if content.aliases?has_content><p class="note-aliases" lang="zh">Original: <#list content.aliases as a><span class="alias">${a?html}</span><#sep> · </#list></p></#if>
  </header>
  <div class="note-body">
${content.body}
  </div>
</article>
<nav id="prev-next" class="prev-next" aria-label="Previous and next in ${content.section_title?html}">
  <#if content.previous??><a class="prev" rel="prev" href="${root}${content.previous.uri}"><span class="label">Previous</span> ${content.previous.title?html}</a><#else><span class="prev"></span></#if>
  <#if content.next??><a class="next" rel="next" href="${root}${content.next.uri}"><span class="label">Next</span> ${content.next.title?html}</a><#else><span class="next"></span></#if>
</nav>
</@layout.page>
