# Build, install and package queue-server and queuectl (docs/DEPLOY.md).
#
#   make build                          release binaries, Swift runtime linked in, stripped
#   make install DESTDIR= PREFIX=/usr   binaries, systemd units, example config, docs
#   make deb                            dist/queue-server_VERSION_ARCH.deb (dpkg-deb)
#   make check                          systemd-analyze verify + security exposure of the units
#
# The binaries link only the system's libsqlite3 and libsystemd (and glibc) dynamically, so
# the .deb runs on a Debian 12 box without a Swift toolchain.

PREFIX     ?= /usr
BINDIR     ?= $(PREFIX)/bin
SYSCONFDIR ?= /etc
UNITDIR    ?= $(PREFIX)/lib/systemd/system
SYSUSERSDIR ?= $(PREFIX)/lib/sysusers.d
DOCDIR     ?= $(PREFIX)/share/doc/queue-server
DESTDIR    ?=

SWIFT      ?= swift
SWIFTFLAGS ?= -c release --static-swift-stdlib
PRODUCTS   := queue-server queuectl
# The site file installed as /etc/queue-server/site.toml: the reference, every setting explained.
SITE       ?= deploy/sites/mass-bruxelles.toml
VERSION    ?= $(shell git log -1 --format=0.1~git%cd.%h --date=format:%Y%m%d%H%M 2>/dev/null || echo 0.1)
ARCH       ?= $(shell dpkg --print-architecture 2>/dev/null || echo amd64)
DEB        := dist/queue-server_$(VERSION)_$(ARCH).deb

UNITS      := queue-server.service queue-server.socket queue-server-unix.socket queue-kiosk@.service

.PHONY: all build install uninstall deb check clean
all: build

build:
	for product in $(PRODUCTS); do $(SWIFT) build $(SWIFTFLAGS) --product $$product || exit 1; done
	mkdir -p dist/bin
	bin=$$($(SWIFT) build $(SWIFTFLAGS) --show-bin-path) && \
	for product in $(PRODUCTS); do strip -o dist/bin/$$product $$bin/$$product || exit 1; done

# Installs what "make build" made; builds first when it is missing.
install: $(addprefix dist/bin/,$(PRODUCTS))
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(UNITDIR) $(DESTDIR)$(SYSUSERSDIR) \
		$(DESTDIR)$(SYSCONFDIR)/queue-server/kiosk $(DESTDIR)$(DOCDIR)/examples/sites \
		$(DESTDIR)$(DOCDIR)/examples/kiosk
	install -m 0755 $(addprefix dist/bin/,$(PRODUCTS)) $(DESTDIR)$(BINDIR)/
	for unit in $(UNITS); do \
		sed -e 's#/usr/bin/queue#$(BINDIR)/queue#g; s#/etc/queue-server#$(SYSCONFDIR)/queue-server#g' \
			deploy/systemd/$$unit > $(DESTDIR)$(UNITDIR)/$$unit && chmod 0644 $(DESTDIR)$(UNITDIR)/$$unit || exit 1; \
	done
	install -m 0644 deploy/systemd/queue-server.sysusers $(DESTDIR)$(SYSUSERSDIR)/queue-server.conf
	# An existing site file is the site's own: never overwritten.
	if [ -e $(DESTDIR)$(SYSCONFDIR)/queue-server/site.toml ]; then \
		echo "keeping $(DESTDIR)$(SYSCONFDIR)/queue-server/site.toml"; \
	else install -m 0644 $(SITE) $(DESTDIR)$(SYSCONFDIR)/queue-server/site.toml; fi
	install -m 0644 docs/DEPLOY.md README.md $(DESTDIR)$(DOCDIR)/
	install -m 0644 deploy/sites/*.toml $(DESTDIR)$(DOCDIR)/examples/sites/
	install -m 0644 deploy/examples/listen.conf deploy/examples/tokens $(DESTDIR)$(DOCDIR)/examples/
	install -m 0644 deploy/examples/kiosk/*.conf $(DESTDIR)$(DOCDIR)/examples/kiosk/

$(addprefix dist/bin/,$(PRODUCTS)):
	$(MAKE) build

uninstall:
	rm -f $(addprefix $(DESTDIR)$(BINDIR)/,$(PRODUCTS)) $(addprefix $(DESTDIR)$(UNITDIR)/,$(UNITS)) \
		$(DESTDIR)$(SYSUSERSDIR)/queue-server.conf
	rm -rf $(DESTDIR)$(DOCDIR)
	@echo "kept $(SYSCONFDIR)/queue-server and the state in /var/lib/private/queue-server"

deb: $(addprefix dist/bin/,$(PRODUCTS))
	deploy/debian/build-deb $(VERSION) $(ARCH) $(DEB)

check:
	deploy/test/analyze.sh

clean:
	rm -rf dist
