"""Which addresses bantin may connect to: public ones, unless private ones are allowed.

The host of every URL (and of every redirect) is resolved once, every address it resolves to is
checked, and the connection is made to a checked address: a name that resolves to a public address
for the check and to 127.0.0.1 for the connection (DNS rebinding) cannot slip through.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass

from bantin.sources._errors import FetchError, PrivateAddressError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


@dataclass(frozen=True, slots=True)
class Resolved:
    """A host and the checked address to connect to."""

    host: str
    address: IPAddress


def resolve_checked(url: str, host: str, port: int, allow_private: bool | tuple[str, ...]) -> Resolved:
    """Resolve ``host`` and check every address; raise :class:`PrivateAddressError` when one is refused."""
    try:
        literal: IPAddress | None = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        literal = None
    if literal is not None:
        addresses = [literal]
    else:
        try:
            infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
        except (socket.gaierror, UnicodeError) as error:
            raise FetchError(url, f"the host {host!r} cannot be resolved ({error})") from None
        addresses = list(dict.fromkeys(ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos))
    if not addresses:
        raise FetchError(url, f"the host {host!r} resolves to no address")
    for address in addresses:
        refused = refusal(address, allow_private)
        if refused is not None:
            shown = host if literal is not None else f"{host} resolves to {address}, which"
            raise PrivateAddressError(
                url, f"{shown} is {refused}; bantin fetches public addresses only (allow_private to change)"
            )
    return Resolved(host, addresses[0])


def refusal(address: IPAddress, allow_private: bool | tuple[str, ...]) -> str | None:
    """Why an address may not be fetched ("a loopback address" ...), or None when it may."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    if address.is_global and not address.is_multicast:
        return None
    if allow_private is True:
        return None
    if allow_private and any(address in ipaddress.ip_network(n, strict=False) for n in allow_private):
        return None
    if address.is_loopback:
        return "a loopback address"
    if address.is_link_local:
        return "a link-local address"
    if address.is_private:
        return "a private address"
    if address.is_multicast:
        return "a multicast address"
    return "not a public address"
