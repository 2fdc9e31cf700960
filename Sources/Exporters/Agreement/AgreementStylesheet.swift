/// The draft agreement's styles on top of the plan's (`PlanStylesheet`): the
/// two languages side by side in a table of two equal columns that prints
/// on A4, each clause's row kept whole on a page, and blanks marked so they
/// are seen on screen and on paper.
enum AgreementStylesheet {
    static let css =
        PlanStylesheet.css + """

            table.clauses { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 1rem 0; }
            table.clauses th { text-align: left; border-bottom: 3px solid var(--accent); padding: 0.3rem 0.6rem; }
            table.clauses td { vertical-align: top; padding: 0.6rem; border-bottom: 1px solid var(--rule); min-width: 0; }
            table.clauses tr { break-inside: avoid; page-break-inside: avoid; }
            section.clause { break-inside: avoid; page-break-inside: avoid; margin: 0 0 1rem; }
            .clause h3, table.clauses h3 { margin: 0 0 0.35rem; font-size: 1.05rem; }
            .blank { background: #fff3c4; border-bottom: 1px dashed #8a6100; padding: 0 0.15em; white-space: normal; }
            .lawyers { display: inline-block; margin-left: 0.3em; padding: 0 0.45em; border: 1px solid #8e2c48;
              border-radius: 999px; color: #8e2c48; font-size: 0.8em; font-weight: bold; }
            h1 .also { display: block; }
            @media print {
              table.clauses th, table.clauses td { padding: 0.3rem 0.4rem; }
              .blank { border-bottom: 1px solid #8a6100; }
            }
            """
}
