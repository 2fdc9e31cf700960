/// The HTML plan's inline stylesheet: large type and strong contrast for a
/// laptop or a projector, one column no wider than reads well, and a print
/// style for A4 (15 mm margins, cards and charts kept whole on a page,
/// charts scaled to the page's width, nothing wider than the page). System
/// fonts only, Chinese ones included: the page fetches nothing.
enum PlanStylesheet {
    static let css = """
        :root { --ink: #1b1b1b; --quiet: #4a4a4a; --rule: #c8c8c8; --accent: #1f4e79; --paper: #ffffff; }
        * { box-sizing: border-box; }
        html { font-size: 18px; }
        body { margin: 0; background: var(--paper); color: var(--ink); line-height: 1.5;
          font-family: "Segoe UI", "Helvetica Neue", Arial, "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC",
            "Hiragino Sans GB", "Microsoft YaHei", "Source Han Sans SC", sans-serif;
          overflow-wrap: anywhere; }
        main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
        :lang(zh) { line-height: 1.7; }
        h1 { font-size: 2rem; line-height: 1.25; margin: 0.5rem 0 0.75rem; color: var(--accent); }
        h1 .cities { display: block; color: var(--ink); }
        h2 { font-size: 1.5rem; line-height: 1.3; margin: 2.25rem 0 0.75rem; padding-bottom: 0.25rem;
          border-bottom: 3px solid var(--accent); break-after: avoid; page-break-after: avoid; }
        h3 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; break-after: avoid; page-break-after: avoid; }
        h4 { font-size: 1.05rem; margin: 0 0 0.35rem; }
        p, ul, ol, dl { margin: 0 0 0.75rem; }
        ul, ol { padding-left: 1.4rem; }
        bdi { unicode-bidi: isolate; }
        .also { display: block; color: var(--quiet); font-size: 0.9em; font-weight: normal; }
        h1 .also, h2 .also, h3 .also { font-size: 0.6em; }
        .quiet { color: var(--quiet); font-size: 0.9rem; }
        .intro { font-weight: bold; margin-top: 1rem; }
        .empty { color: var(--quiet); font-style: italic; }
        .lede { color: var(--quiet); }
        .headline { font-size: 1.15rem; font-weight: bold; }
        .draft { margin: 0; padding: 1rem 1.25rem; background: #fff3c4; border-bottom: 5px solid #8a6100;
          color: #3d2b00; text-align: center; }
        .draft p { margin: 0.25rem auto; max-width: 60rem; }
        .draft-label { font-size: 1.6rem; font-weight: bold; letter-spacing: 0.05em; text-transform: uppercase; }
        dl.facts > div { display: grid; grid-template-columns: minmax(7rem, 30%) minmax(0, 1fr); gap: 0.75rem;
          padding: 0.4rem 0; border-bottom: 1px solid var(--rule); break-inside: avoid; }
        dl.facts dt { font-weight: bold; }
        dl.facts dd { margin: 0; min-width: 0; }
        .swoc-grid { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 0.75rem; }
        .quadrant { border: 2px solid; border-radius: 6px; padding: 0.6rem 0.9rem; min-width: 0; }
        .quadrant h3 { margin-top: 0; }
        .quadrant ol { list-style: none; padding: 0; }
        .quadrant li { margin: 0 0 0.5rem; break-inside: avoid; }
        .strengths { border-color: #2e7d4f; background: #f1f8f3; }
        .weaknesses { border-color: #b35000; background: #fdf3ea; }
        .opportunities { border-color: #1f4e79; background: #eef4fa; }
        .challenges { border-color: #8e2c48; background: #fbeff2; }
        .code { display: inline-block; min-width: 2.2em; padding: 0 0.3em; border-radius: 4px; background: var(--ink);
          color: #ffffff; font-weight: bold; font-size: 0.85em; text-align: center; }
        .priority { color: #9a5b00; font-weight: 700; }
        .tag, .stream, .score { display: inline-block; margin-left: 0.3em; padding: 0 0.45em; border: 1px solid var(--quiet);
          border-radius: 999px; color: var(--quiet); font-size: 0.8em; font-weight: normal; }
        .tag .also, .stream .also, .score .also { display: inline; margin-left: 0.3em; }
        /* The quieter lines beneath a card (why, answers, source) run on in both
           languages rather than stack one short piece per line. */
        p.quiet .also { display: inline; margin-left: 0.3em; }
        .note { display: block; font-style: italic; color: var(--quiet); }
        ul.cards { list-style: none; padding: 0; }
        ul.cards h3 { margin-top: 0; }
        ul.cards > li, article.activity { border: 1px solid var(--rule); border-left: 6px solid var(--accent);
          border-radius: 4px; padding: 0.6rem 0.9rem; margin: 0 0 0.75rem; break-inside: avoid; page-break-inside: avoid; }
        article.activity.stream-0 { border-left-color: #0072b2; }
        article.activity.stream-1 { border-left-color: #b07400; }
        article.activity.stream-2 { border-left-color: #a8508a; }
        article.activity.stream-3 { border-left-color: #00805c; }
        article.activity.stream-4 { border-left-color: #3a7fa8; }
        dl.details { display: grid; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); gap: 0.25rem 1rem;
          margin: 0.5rem 0; }
        dl.details dt { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.03em; color: var(--quiet); }
        dl.details dd { margin: 0; min-width: 0; }
        ul.compact li { margin: 0 0 0.25rem; }
        figure.chart { margin: 1rem 0 1.25rem; break-inside: avoid; page-break-inside: avoid; }
        figure.chart svg { display: block; width: 100%; max-width: 100%; height: auto; }
        figcaption { color: var(--quiet); font-size: 0.9rem; margin-top: 0.25rem; }
        @media (max-width: 40rem) {
          html { font-size: 16px; }
          .swoc-grid { grid-template-columns: minmax(0, 1fr); }
          dl.facts > div { grid-template-columns: minmax(0, 1fr); gap: 0; }
        }
        @page { size: A4; margin: 15mm; }
        @media print {
          html { font-size: 10.5pt; }
          main { max-width: none; padding: 0; }
          .draft { padding: 0.5rem; margin-bottom: 0.5rem; border: 3px solid #8a6100; }
          h2 { margin-top: 1.5rem; }
          /* Each SWOC quadrant whole on a page; a paragraph not cut to one line. */
          .quadrant { break-inside: avoid; page-break-inside: avoid; }
          p { orphans: 2; widows: 2; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """
}
