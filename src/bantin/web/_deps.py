"""What every route takes: the app's state, and today's date (which the home page reads)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import Depends
from starlette.requests import Request

from bantin.web._state import WebState


def get_state(request: Request) -> WebState:
    """The state of the app serving the request."""
    state: WebState = request.app.state.web
    return state


def today() -> dt.date:
    """Today's date (local), for "this month" and silent sources."""
    return dt.date.today()


State = Annotated[WebState, Depends(get_state)]
