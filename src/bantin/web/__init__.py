"""The web UI and JSON API over an archive (``bantin serve``).

Server-rendered pages (Jinja2, autoescaped), readable without JavaScript (they have none), in
Vietnamese by default with an English switch (``?lang=en``, remembered in a cookie); every asset
is served from here. Each page has its JSON twin under ``/api/v1`` (the same view, two formats),
described at ``/openapi.json`` and ``/docs``.

Pages: ``/`` (home), ``/search``, ``/articles/{id}``, ``/documents`` and ``/documents/{id}``,
``/people``, ``/organizations``, ``/places`` and a page for each, ``/meetings`` and
``/meetings/{id}``. The server is read-only: ``POST /api/v1/ingest`` writes only with the token
of ``BANTIN_TOKEN``. Every response carries a strict content security policy (no script, no
inline style, nothing from elsewhere), ``nosniff`` and frame denial.

Public API: :func:`create_app`, :func:`app_from_environment`.
"""

from bantin.web._app import app_from_environment, create_app

__all__ = ["app_from_environment", "create_app"]
