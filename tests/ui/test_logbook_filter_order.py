"""Tab goes through the Logboek filters in the order the IB reads them.

Walk s32: in the two-row grid 'Tot en met datum' and 'Zoek in alle leerlingen' came after
'Gesignaleerd door' (Tab jumped from 'Vanaf datum' to the second row and back up).
"""

from __future__ import annotations

from tests.ui.screen_fit import place_in_work_area
from tests.ui.tab_order import tab_order


def test_tab_follows_the_filters_as_they_stand(controller, choose_dossier):
    window = controller.window
    choose_dossier("Zoë van der Berg")
    place_in_work_area(window)
    window.show_tab(0)
    order = tab_order(window)
    start = order.index("Zoek in het logboek")
    assert order[start:start + 7] == [
        "Zoek in het logboek", "Vanaf datum", "Tot en met datum", "Zoek in alle leerlingen",
        "Volgorde", "Filter op observatiegebied", "Filter op gesignaleerd door"]
