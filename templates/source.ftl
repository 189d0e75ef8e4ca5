<#import "layout.ftl" as layout>
<#assign root = content.rootpath>
<#assign s = content.source>
<@layout.page title=s.path rootpath=content.rootpath kind="source"
  breadcrumbs=[{"title": "Home", "uri": "index.html"}, {"title": s.path, "uri": ""}]>
<h1 class="source-title"><code>${s.path?html}</code></h1>
<p class="source-meta">
  <span class="badge badge-${s.status}">${s.status}</span><#if s.jdk?has_content> <span class="snippet-jdk">JDK ${s.jdk?html}</span></#if>
  <#if s.repository?has_content> · <a class="snippet-repo" href="${s.repository?html}">view in repository</a></#if>
</p>
<p class="source-note">The whole file as the verifier compiled it (options header and region markers removed; the line numbers are the file's own).</p>
<pre class="snippet-code line-numbers" id="code"${s.lineNumberAttributes!""}><code class="language-java">${s.code?html}</code></pre>
<h2 id="used-by">Used by</h2>
<ul class="page-list">
<#list s.usedBy as p><li><a href="${root}${p.uri}">${p.title?html}</a></li></#list>
</ul>
</@layout.page>
