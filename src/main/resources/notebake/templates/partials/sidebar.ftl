<#-- The section sidebar: every section, and the pages of the current one (so it scales to hundreds of notes).
     On narrow screens it becomes a menu opened by the header's menu button. -->
<#if content.nav_sections?? && content.nav_sections?has_content>
<#assign navKey = content.nav_section_key!"">
<nav id="nb-sidebar" class="nb-sidebar" aria-label="Sections">
  <p class="nb-sidebar-title">Sections</p>
  <ul>
  <#list content.nav_sections as s>
    <li class="nb-sidebar-section"><a href="${rootpath}${s.uri}"<#if s.uri == (content.uri!"")> aria-current="page"</#if>>${s.title?html}</a>
    <#if s.key == navKey && content.nav_pages?has_content>
      <ul class="nb-sidebar-pages">
      <#list content.nav_pages as p>
        <li><a href="${rootpath}${p.uri}"<#if p.uri == (content.uri!"")> aria-current="page"</#if>>${p.title?html}</a></li>
      </#list>
      </ul>
    </#if>
    </li>
  </#list>
  </ul>
</nav>
</#if>
