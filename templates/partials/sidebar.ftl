<#-- The section sidebar: every section, and the pages of the current one (so it scales to hundreds of notes).
     On narrow screens it becomes a menu opened by the header's menu button. -->
<#if content.nav_sections?? && content.nav_sections?has_content>
<#-- read content.* once: every top-level lookup goes through JBake's extractor registry (an exception per miss) -->
<#assign navKey = content.nav_section_key!"">
<#assign navHere = content.uri!"">
<#assign navRoot = content.rootpath>
<#assign navPages = content.nav_pages![]>
<nav id="nb-sidebar" class="nb-sidebar" aria-label="Sections">
  <p class="nb-sidebar-title">Sections</p>
  <ul>
  <#list content.nav_sections as s>
    <li class="nb-sidebar-section"><a href="${navRoot}${s.uri}"<#if s.uri == navHere> aria-current="page"</#if>>${s.title?html}</a>
    <#if s.key == navKey && navPages?has_content>
      <ul class="nb-sidebar-pages">
      <#list navPages as p>
        <li><a href="${navRoot}${p.uri}"<#if p.uri == navHere> aria-current="page"</#if>>${p.title?html}</a></li>
      </#list>
      </ul>
    </#if>
    </li>
  </#list>
  </ul>
</nav>
</#if>
