<?xml version="1.0" encoding="utf-8"?>
<#-- entries are absolute when site.url is set, else relative to feed.xml (the site root) -->
<#assign base = config.site_host?has_content?then(config.site_host?ensure_ends_with("/"), "")>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${config.site_title?xml}</title>
  <link href="${base}feed.xml" rel="self"/>
  <link href="${base}"/>
  <id><#if base?has_content>${base}<#else>urn:notebake:${config.site_title?url}</#if></id>
<#-- the feed changed when its newest note did, not when it was built: two builds of the same notes are identical -->
<#assign newest = "">
<#list published_notes as note><#if note.date?? && (newest?is_string || note.date?datetime gt newest)><#assign newest = note.date?datetime></#if></#list>
  <updated><#if newest?is_string>1970-01-01T00:00:00Z<#else>${newest?string("yyyy-MM-dd'T'HH:mm:ss'Z'")}</#if></updated>
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
