<#-- extension point: see layout.ftl -->
