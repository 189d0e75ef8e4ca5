<?xml version="1.0" encoding="utf-8"?>
<#-- entries are absolute when site.url is set, else relative to feed.xml (the site root) -->
<#assign base = config.site_host?has_content?then(config.site_host?ensure_ends_with("/"), "")>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${config.site_title?xml}</title>
  <link href="${base}feed.xml" rel="self"/>
  <link href="${base}"/>
  <id><#if base?has_content>${base}<#else>urn:notebake:${config.site_title?url}</#if></id>
  <updated>${published_date?datetime?string("yyyy-MM-dd'T'HH:mm:ss'Z'")}</updated>
  <#list published_notes as note><#if note?index == 30><#break></#if>
  <entry>
    <title>${(note.title!"")?xml}</title>
    <link href="${base}${note.uri}"/>
    <id><#if base?has_content>${base}${note.uri}<#else>urn:notebake:${config.site_title?url}:${note.uri?url}</#if></id>
    <updated>${note.date?datetime?string("yyyy-MM-dd'T'HH:mm:ss'Z'")}</updated>
    <summary>${(note.summary!"")?xml}</summary>
  </entry>
  </#list>
</feed>
