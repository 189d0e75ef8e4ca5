<#-- Reader experience: stylesheet, script (in <head> so the stored theme applies before the first paint),
     favicon, and the metadata the search index reads from note pages. -->
<link rel="stylesheet" href="${rootpath}assets/reader/reader.css">
<link rel="icon" href="${rootpath}assets/reader/favicon.svg" type="image/svg+xml">
<meta name="color-scheme" content="light dark">
<script src="${rootpath}assets/reader/reader.js"></script>
<#if (content.page_kind!"") == "note">
<meta name="notebake:area" content="${(content.section_title!"")?html}">
<#list (content.aliases![]) as alias><meta name="notebake:alias" content="${alias?html}">
</#list>
<#list (content.tags![]) as tag><meta name="notebake:tag" content="${tag?html}">
</#list>
</#if>
