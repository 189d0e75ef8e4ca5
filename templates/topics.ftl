<#import "layout.ftl" as layout>
<#assign root = content.rootpath>
<@layout.page title=content.title rootpath=content.rootpath kind="topics"
  breadcrumbs=[{"title": "Home", "uri": "index.html"}, {"title": content.title, "uri": ""}]>
<h1>${content.title?html}</h1>
<p>The original study notes were split into ${content.topics?size} topics; ${content.covered} are covered by a page so far.
Each row gives the original heading, the English topic it became and the page that teaches it.</p>
<table class="topic-map">
<thead><tr><th scope="col">Id</th><th scope="col">Original heading</th><th scope="col">Topic</th><th scope="col">Page</th></tr></thead>
<tbody>
<#list content.topics as t>
<tr id="${t.id}" class="<#if t.covered>covered<#else>pending</#if>">
  <td>${t.id}</td><td lang="zh">${t.heading?html}</td><td>${t.topic?html}</td>
  <td><#if t.covered><a href="${root}${t.page.uri}">${t.page.title?html}</a><#else><span class="pending">pending</span></#if></td>
</tr>
</#list>
</tbody>
</table>
</@layout.page>
