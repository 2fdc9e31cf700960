PREFIX ?= $(HOME)/.local
BINDIR = $(PREFIX)/bin
SHAREDIR = $(PREFIX)/share/swoc-wizard

# `make install` builds the release binary and copies it, with the questions,
# the rules and the data it reads, under PREFIX (default ~/.local): the
# binary finds them in PREFIX/share/swoc-wizard. `make uninstall` removes both.
.PHONY: build install uninstall

build:
	swift build -c release --product swoc-wizard --static-swift-stdlib

install: build
	install -d "$(BINDIR)" "$(SHAREDIR)"
	install -m 755 .build/release/swoc-wizard "$(BINDIR)/swoc-wizard"
	rm -rf "$(SHAREDIR)/questionnaires" "$(SHAREDIR)/rules" "$(SHAREDIR)/data"
	cp -R questionnaires rules data "$(SHAREDIR)/"
	@echo "Installed $(BINDIR)/swoc-wizard (its files in $(SHAREDIR))."
	@case ":$$PATH:" in *":$(BINDIR):"*) ;; *) echo "Add $(BINDIR) to your PATH to run it as swoc-wizard.";; esac

uninstall:
	rm -f "$(BINDIR)/swoc-wizard"
	rm -rf "$(SHAREDIR)"
