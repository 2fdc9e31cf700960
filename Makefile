PREFIX ?= $(HOME)/.local
BINDIR = $(PREFIX)/bin
SHAREDIR = $(PREFIX)/share/swoc-wizard
MANDIR = $(PREFIX)/share/man/man1

# `make install` builds the release binary and copies it, with the questions,
# the rules and the data it reads, under PREFIX (default ~/.local): the
# binary finds them in PREFIX/share/swoc-wizard; and the manual page
# (`man swoc-wizard`). `make uninstall` removes them all. The manual is made by
# swift-argument-parser's plugin: `make manual` after a change of the options.
.PHONY: build install uninstall manual

build:
	swift build -c release --product swoc-wizard --static-swift-stdlib

install: build
	install -d "$(BINDIR)" "$(SHAREDIR)"
	install -m 755 .build/release/swoc-wizard "$(BINDIR)/swoc-wizard"
	rm -rf "$(SHAREDIR)/questionnaires" "$(SHAREDIR)/rules" "$(SHAREDIR)/data"
	cp -R questionnaires rules data "$(SHAREDIR)/"
	install -d "$(MANDIR)"
	install -m 644 docs/man/swoc-wizard.1 "$(MANDIR)/swoc-wizard.1"
	@echo "Installed $(BINDIR)/swoc-wizard (its files in $(SHAREDIR))."
	@case ":$$PATH:" in *":$(BINDIR):"*) ;; *) echo "Add $(BINDIR) to your PATH to run it as swoc-wizard.";; esac

uninstall:
	rm -f "$(BINDIR)/swoc-wizard"
	rm -rf "$(SHAREDIR)"
	rm -f "$(MANDIR)/swoc-wizard.1"

# The plugin drops characters beyond ASCII: the en dash of "EU–China" is put back as troff's \(en.
manual:
	swift package --allow-writing-to-package-directory generate-manual --output-directory docs/man
	sed -i 's/EUChina/EU\\(enChina/g' docs/man/swoc-wizard.1
