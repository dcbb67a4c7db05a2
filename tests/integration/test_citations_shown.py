"""On screen and on paper the IB reads the publication, never our source-file references."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from tests.conftest import TODAY
from tests.reports.test_meldcode_pdf import TYPED
from tests.services.test_meldcode_service import pupil_id, service_for, walk_to_melding
from tests.ui.test_meldcode_tab import tab as meldcode_tab  # noqa: F401 - fixture
from tests.ui.test_meldcode_tab import walk_steps_1_to_3
from zorgdesk.domain.signals.check import CheckDraft, TickDraft
from zorgdesk.services.session import Session
from zorgdesk.ui.signals.tab import SignalsTab

DEV_REFERENCE = re.compile(r"seeds/|\.txt|\bregels?\s+\d|\br\. ?\d")
KM = "km4-12"


def _pdf_text(data: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in
                             PdfReader(io.BytesIO(data)).pages).split())


def test_signals_tab_cites_the_publication(qtbot, demo_vault):
    session = Session(demo_vault)
    tab = SignalsTab()
    qtbot.addWidget(tab)
    tab.set_context(session, session.basedata.pupils("Minh")[0])
    texts, tips = [], []
    for index in range(tab.catalogue_box.count()):
        tab.catalogue_box.setCurrentIndex(index)
        texts.append(tab.source.text())
        tips.append(tab.source.toolTip())
    # One line on the tab, the full citation (section, where reproduced) in the tooltip.
    assert "Bron: Wolzak, A. (2009, 6e druk), Kindermishandeling: signaleren en handelen" \
        in texts
    assert any("Nederlands Jeugdinstituut. Opgenomen in: WIJ de Venen" in t for t in tips)
    for text in texts + tips:
        assert text.startswith("Bron: ") and not DEV_REFERENCE.search(text), text


def test_meldcode_guidance_cites_the_publication(meldcode_tab):  # noqa: F811
    walk_steps_1_to_3(meldcode_tab)  # step 4: the afwegingskader with its guidance
    guidance = " ".join(meldcode_tab.guidance.toPlainText().split())
    assert ("Bron: WIJ de Venen en GGD Hollands Midden (2020). Beleidsplan sociale "
            "veiligheid, Aandachtsfunctionaris: Afwegingskader meldcode.") in guidance
    assert not DEV_REFERENCE.search(guidance), guidance


def test_pdfs_cite_the_publication(demo_vault):
    signals = Session(demo_vault, TODAY).signals
    pupil = Session(demo_vault, TODAY).basedata.pupils("Minh")[0]
    check_id = signals.save_check(pupil.id, CheckDraft(KM, TODAY, "Daniëlle de Vries", (
        TickDraft(f"{KM}.lichamelijk.10", "vraagt om eten"),)))
    text = _pdf_text(signals.check_pdf(check_id))
    assert "Bron van de signalenlijst: Wolzak, A. (2009, 6e druk)" in text
    assert not DEV_REFERENCE.search(text)

    meldcode = service_for(demo_vault)
    trajectory = walk_to_melding(meldcode, pupil_id(demo_vault))
    meldcode.record_rapportage(trajectory.id, **TYPED)
    text = _pdf_text(meldcode.dossier_pdf(trajectory.id))
    assert ("Formulier naar: WIJ de Venen en GGD Hollands Midden (2020). Beleidsplan sociale "
            "veiligheid, Protocollen: Rapportage meldcode.") in text
    assert not DEV_REFERENCE.search(text)
