<#ftl strip_whitespace=true>
<#--
  Base layout for every page. Pages call <@layout.page title=... rootpath=... kind=...>body</@layout.page>.
  Stable hooks for extensions (search, theme toggle, print):
    partials/head-extra.ftl   inside <head>, after the stylesheets
    partials/header-extra.ftl inside <header id="site-header">, after the site title
    partials/body-end.ftl     before </body>, after the scripts
    partials/sidebar.ftl      first child of .page-body: the section sidebar (#nb-sidebar)
  Stable ids: #site-header, #breadcrumbs, #content, #page-toc, #prev-next, #site-footer.
-->
<#macro page title rootpath kind breadcrumbs=[] toc=false description="">
<!DOCTYPE html>
<html lang="en" data-page-kind="${kind}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><#if title?has_content && title != config.site_title>${title?html} · </#if>${config.site_title?html}</title>
<#if description?has_content><meta name="description" content="${description?html}"></#if>
<link rel="stylesheet" href="${rootpath}assets/vendor/prism/prism.css">
<link rel="stylesheet" href="${rootpath}assets/notebake.css">
<link rel="alternate" type="application/atom+xml" title="${config.site_title?html}" href="${rootpath}feed.xml">
<#include "partials/head-extra.ftl">
</head>
<body class="page-${kind}">
<a class="skip-link" href="#content">Skip to content</a>
<header id="site-header" class="site-header">
  <a class="site-title" href="${rootpath}index.html">${config.site_title?html}</a>
  <nav class="site-nav" aria-label="Site">
    <a href="${rootpath}index.html">Sections</a>
    <a href="${rootpath}tags/index.html">Tags</a>
  </nav>
  <#include "partials/header-extra.ftl">
</header>
<#if breadcrumbs?has_content>
<nav id="breadcrumbs" class="breadcrumbs" aria-label="Breadcrumbs">
  <ol>
  <#list breadcrumbs as crumb>
    <li><#if crumb.uri?has_content><a href="${rootpath}${crumb.uri}">${crumb.title?html}</a><#else><span aria-current="page">${crumb.title?html}</span></#if></li>
  </#list>
  </ol>
</nav>
</#if>
<div class="page-body<#if toc> has-toc</#if>">
<#include "partials/sidebar.ftl">
<#if toc>
<aside id="page-toc" class="page-toc" aria-label="On this page"></aside>
</#if>
<main id="content" class="content">
<#nested>
</main>
</div>
<footer id="site-footer" class="site-footer">
  <p>Built with Notebake: every snippet on this site was compiled and run, and the output shown is the output of that run.</p>
</footer>
<script src="${rootpath}assets/vendor/prism/prism.js"></script>
<#include "partials/body-end.ftl">
</body>
</html>
</#macro>
