<#-- Reader experience: search box ("/" focuses it), theme toggle, and the sections menu button on small screens. -->
<div class="nb-header-tools">
  <form class="nb-search" role="search">
    <label class="visually-hidden" for="nb-search-input">Search the notes</label>
    <input id="nb-search-input" type="search" name="q" placeholder="Search notes" autocomplete="off"
           spellcheck="false" aria-controls="nb-search-results" aria-describedby="nb-search-status">
    <kbd aria-hidden="true">/</kbd>
    <ul id="nb-search-results" class="nb-search-results" aria-label="Search results" hidden></ul>
    <p id="nb-search-status" class="visually-hidden" aria-live="polite"></p>
  </form>
  <button class="nb-button nb-theme-toggle" type="button" aria-pressed="false" aria-label="Dark theme">
    <svg class="nb-icon nb-icon-moon" viewBox="0 0 24 24" aria-hidden="true"><path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z"/></svg>
    <svg class="nb-icon nb-icon-sun" viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="12" r="4.5"/><path d="M12 1.5v2.5M12 20v2.5M4.2 4.2l1.8 1.8M18 18l1.8 1.8M1.5 12H4M20 12h2.5M4.2 19.8 6 18M18 6l1.8-1.8"/></svg>
  </button>
  <button class="nb-button nb-menu-toggle" type="button" aria-expanded="false" aria-controls="nb-sidebar" aria-label="Sections menu">
    <svg class="nb-icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M3 6h18M3 12h18M3 18h18"/></svg>
  </button>
</div>
