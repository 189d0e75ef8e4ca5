<#import "layout.ftl" as layout>
<#assign root = content.rootpath>
<#assign s = content.source>
<#assign sectionTitle = content.section_title!"">
<#assign crumbs = [{"title": "Home", "uri": "index.html"}]>
<#if sectionTitle?has_content><#assign crumbs = crumbs + [{"title": sectionTitle, "uri": content.section_uri}]></#if>
<@layout.page title=s.path rootpath=content.rootpath kind="source" breadcrumbs=crumbs + [{"title": s.path, "uri": ""}]>
<h1 class="source-title"><code>${s.path?html}</code></h1>
<p class="source-meta">
  <span class="badge badge-${s.status}">${s.status}</span><#if s.jdk?has_content> <span class="snippet-jdk">JDK ${s.jdk?html}</span></#if>
  <#if s.repository?has_content> · <a class="snippet-repo" href="${s.repository?html}">view in repository</a></#if>
</p>
<p class="source-note">The whole file as the verifier compiled it (options header and region markers removed; the line numbers are the file's own).</p>
<pre class="snippet-code line-numbers" id="code"${s.lineNumberAttributes!""}><code class="language-java">${s.code?html}</code></pre>
<h2 id="used-by">Used by</h2>
<ul class="page-list used-by">
<#list s.usedBy as p>
  <li><a class="used-by-page" href="${root}${p.uri}">${p.title?html}</a><#if p.uses?has_content>: <#list p.uses as u><a class="used-by-place" href="${root}${u.uri}"><#if u.heading?has_content>${u.heading?html}<#else>top of the page</#if></a><#if u.region?has_content> <span class="snippet-region">(region <code>${u.region?html}</code>)</span></#if><#sep>, </#list></#if></li>
</#list>
</ul>
</@layout.page>
