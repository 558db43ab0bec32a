"""Address pinning for the fetcher: resolve each host itself, refuse non-public addresses
(unless ``allow_private`` names them) and connect to exactly the address checked, so DNS
rebinding between check and connect is not possible (see :mod:`transforms.http`)."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable
from typing import Any

import urllib3

from geoevents.transforms.http_body import GuardedHTTPPool, GuardedHTTPSPool
from geoevents.urls import FetchError, Target, is_blocked_address

MAX_POOLS = 16


def default_resolver(host: str, port: int, family: int = 0, socktype: int = 0) -> list[Any]:
    """Default resolver with the ``socket.getaddrinfo`` signature and result shape."""
    return socket.getaddrinfo(host, port, family, socktype)


Resolver = Callable[..., Iterable[Any]]


class AddressPinning:
    """The fetcher's resolution, private-address rule and per-address connection pools.
    Mixed into :class:`transforms.http.Fetcher`, which holds ``settings``, ``resolver``,
    ``_lock`` and ``_pools``."""

    def _init_addresses(self) -> None:
        self._allow_private_hosts = frozenset(
            e.strip().lower().strip("[]") for e in self.settings.allow_private
        )
        nets = []
        for entry in self._allow_private_hosts:
            try:
                nets.append(ipaddress.ip_network(entry, strict=False))
            except ValueError:
                pass
        self._allow_private_nets = tuple(nets)

    def _resolve(self, target: Target) -> list[str]:
        """Resolve and apply the private-address rule; return the addresses to connect to."""
        host_allowed = target.host in self._allow_private_hosts
        try:
            infos = list(self.resolver(target.host, target.port, 0, socket.SOCK_STREAM))
        except (OSError, UnicodeError) as exc:
            raise FetchError(
                "dns_error", target.url, f"Cannot resolve host ({short_error(exc)})"
            ) from None
        addresses: list[str] = []
        for info in infos:
            ip = str(info[4][0])
            if ip not in addresses:
                addresses.append(ip)
        if not addresses:
            raise FetchError("dns_error", target.url, "Host resolved to no addresses")
        for ip in addresses:
            try:
                blocked = is_blocked_address(ip)
            except ValueError:
                raise FetchError(
                    "dns_error", target.url, f"Resolver returned a non-IP {ip!r}"
                ) from None
            if blocked and not host_allowed and not self._ip_allowed(ip):
                raise FetchError(
                    "blocked_private_address",
                    target.url,
                    f"Host resolves to non-public address {ip} (add it to allow_private to permit)",
                )
        return addresses

    def _ip_allowed(self, ip: str) -> bool:
        bare = ip.split("%", 1)[0].lower()
        if bare in self._allow_private_hosts:
            return True
        addr = ipaddress.ip_address(bare)
        return any(addr.version == net.version and addr in net for net in self._allow_private_nets)

    def _pool(self, target: Target, ip: str) -> urllib3.HTTPConnectionPool:
        key = (target.scheme, target.host, ip, target.port)
        with self._lock:
            pool = self._pools.get(key)
            if pool is not None:
                self._pools.move_to_end(key)
                return pool
            if target.scheme == "https":
                pool = GuardedHTTPSPool(
                    ip,
                    target.port,
                    maxsize=2,
                    cert_reqs="CERT_REQUIRED",
                    ca_certs=self.settings.ca_bundle or _default_ca_bundle(),
                    assert_hostname=target.host,
                    server_hostname=target.host,
                )
            else:
                pool = GuardedHTTPPool(ip, target.port, maxsize=2)
            self._pools[key] = pool
            evicted = []
            while len(self._pools) > MAX_POOLS:
                evicted.append(self._pools.popitem(last=False)[1])
        for old in evicted:
            old.close()
        return pool


def short_error(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) < 200 else text[:197] + "..."


def _default_ca_bundle() -> str | None:
    try:
        import certifi
    except ImportError:
        return None
    return certifi.where()
