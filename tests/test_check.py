"""End-to-end contradiction checks on the real shipped models (spaCy, MiniLM, the NLI model)."""

from __future__ import annotations

import json

import numpy as np
import pytest
from conftest import FIXTURES
from typer.testing import CliRunner

from consistency import Checker, Document, check
from consistency.cli import app
from consistency.report import check_markdown
from consistency.types import SCHEMA_VERSION, Claim

MEETING = (
    "WASHINGTON, Aug. 19 - U.S. President Donald Trump said on Monday that preparations were "
    "underway for a face-to-face meeting between the Russian and Ukrainian leaders, to be followed "
    "by a summit that would include him.\n"
    "A week later, Russian Foreign Minister Sergei Lavrov said that no such meeting is planned and "
    "accused Kyiv of stalling the peace talks.\n"
    "Meanwhile, the Italian foreign minister said Italy was ready to help clear mines at sea."
)


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker()


def pair_of(result, left: str, right: str):
    claims = {c.id: c for c in result.claims}
    for contradiction in result.contradictions:
        texts = (claims[contradiction.claim_a].text, claims[contradiction.claim_b].text)
        if any(left in t for t in texts) and any(right in t for t in texts):
            return contradiction
    return None


def reasons_in(checker, text: str) -> list[str]:
    """The reasons of the contradictions found in one text, best first."""
    return [c.reason for c in checker.check([Document(id="d", text=text)]).contradictions]


def test_meeting_case_is_found_and_ranked_first(checker):
    result = checker.check([Document(id="meeting", text=MEETING)])
    found = pair_of(result, "preparations were underway", "no such meeting is planned")
    assert found is not None
    assert result.contradictions[0] == found
    assert 0.0 <= found.score <= 1.0 and found.score >= result.threshold
    assert found.explanation and found.reason in {"explicit_denial", "negation", "nli"}
    assert abs(sum(found.nli_ab.model_dump().values()) - 1.0) < 1e-3


def test_not_aware_is_no_contradiction_but_never_happened_is(checker):
    held = "Union leader Maja Lind said talks with the employers were held last week in Oslo."
    aware = checker.check(
        [
            Document(
                id="a",
                text=held + "\nThe employers' spokesman Ivar Dahl said he was not aware of any talks with the union.",
            )
        ]
    )
    assert pair_of(aware, "talks with the employers were held", "not aware") is None
    never = checker.check(
        [
            Document(
                id="b",
                text=held + "\nThe employers' spokesman Ivar Dahl said no talks with the union have ever taken place.",
            )
        ]
    )
    assert pair_of(never, "talks with the employers were held", "no talks") is not None


def test_conflicting_casualty_figures(checker):
    text = (
        "Regional governor Oleg Marin said 40 people were injured in the explosion at the "
        "chemical plant on Tuesday.\nDoctors at the city hospital said more than 300 people "
        "were injured in the explosion at the chemical plant."
    )
    found = pair_of(checker.check([Document(id="c", text=text)]), "40 people", "more than 300")
    assert found is not None and found.reason == "conflicting_numbers"


def test_denying_the_allegations_contradicts_what_was_alleged(checker):
    text = (
        "Prosecutors alleged on Monday that Mayor Tom Hale had taken bribes from a construction firm "
        "in exchange for city contracts.\n\nHale denied the allegations in a statement on Tuesday.\n\n"
        "City auditors said the contracts had been awarded in line with the rules."
    )
    found = pair_of(checker.check([Document(id="h", text=text)]), "had taken bribes", "the allegations")
    assert found is not None and found.reason == "explicit_denial"
    assert found.explanation.startswith("Tom Hale")


def test_a_claim_denied_in_apposition_is_an_explicit_denial(checker):
    text = (
        "Turkish officials said Moscow had added new conditions to the grain deal overnight, a claim "
        "the Kremlin rejected on Wednesday. The talks are due to resume next week in Istanbul."
    )
    result = checker.check([Document(id="grain", text=text)])
    found = pair_of(result, "added new conditions", "a claim")
    assert found is not None and found.reason == "explicit_denial"
    assert found.explanation == "Kremlin denies what Turkish officials said."


def test_two_denials_of_one_plan_are_not_flagged(checker):
    """Both claims deny the closure: shared words alone must not make them a contradiction."""
    from consistency.judge import clashes

    text = (FIXTURES / "check" / "auron_plant_denial.txt").read_text(encoding="utf-8")
    result = checker.check([Document(id="auron", text=text)])
    assert pair_of(result, "it plans to close", "There is no plan") is None
    # What the carmaker denies by name, the newspaper's report, is an explicit denial.
    report = pair_of(result, "it plans to close", "shut the factory by 2027")
    assert report is not None and report.reason == "explicit_denial"
    related = {"nli_contradiction": 0.06, "decisive": 0.0, "same_actor": 0.0, "conditional": 0.0, "apart": 0.0}
    related |= dict.fromkeys(("denial", "closest_denial", "negation", "numbers", "dates", "opposite"), 0.0)
    assert not clashes(related)
    assert clashes(related | {"nli_contradiction": 0.9}) and clashes(related | {"denial": 0.4})
    # One speaker's two claims clash only on typed evidence, not on the NLI model alone.
    own = related | {"same_actor": 1.0}
    assert not clashes(own | {"nli_contradiction": 0.96}) and clashes(own | {"negation": 0.5})
    # Readiness ('ready to meet when the agenda is ready') clashes only on firm evidence.
    ready = related | {"conditional": 1.0}
    assert not clashes(ready | {"negation": 0.8}) and not clashes(ready | {"nli_contradiction": 0.99})
    assert clashes(ready | {"numbers": 1.0})
    # Figures their words set apart ('from Orrick' / 'from Orrick and nearby villages') do not
    # clash on the NLI model alone.
    assert not clashes(related | {"nli_contradiction": 0.99, "apart": 1.0})


def test_one_speaker_telling_the_same_plan_twice_is_not_a_contradiction(checker):
    """The README example: Trump's announced preparations and his post about arranging the meeting
    read as a contradiction to the NLI model (0.96); Lavrov's denial is the clash."""
    text = (FIXTURES / "extraction" / "test" / "putin_zelensky_meeting.txt").read_text(encoding="utf-8")
    result = checker.check([Document(id="meeting", text=text)])
    actors = {c.id: c.actor for c in result.claims}
    pairs = [(actors[x.claim_a], actors[x.claim_b]) for x in result.contradictions]
    assert pairs and all(a != b for a, b in pairs)
    assert {"Sergei Lavrov", "Donald Trump"} == set(pairs[0])


def test_a_denied_report_is_found_by_its_source_among_several():
    from consistency import extract_claims

    result = extract_claims(
        "The BBC reported on Monday that troops had crossed the border at dawn. The Guardian reported that talks "
        "would resume in May. The ministry on Tuesday denied a BBC report that troops had entered the country."
    )
    denial = next(c for c in result.claims if c.polarity == "denied")
    assert denial.refers_to == next(c.id for c in result.claims if c.actor == "BBC")


def test_two_outlets_on_one_story_are_compared(checker):
    """Short items from two outlets share only the place name, but say nearly the same things."""
    outlet_a = Document(
        id="outlet-a",
        text="Death toll from Valden floods rises\n\nThe death toll from flash floods in the northern province of "
        "Valden has risen to 23, the provincial disaster agency said on Wednesday.\n\nInterior Minister Lena "
        "Marsh said all residents of the flooded villages had been evacuated in time.",
    )
    outlet_b = Document(
        id="outlet-b",
        text="Anger grows in Valden after floods\n\nResidents of the flooded villages in Valden province said "
        "nobody had been evacuated before the water arrived.\n\nThe mayor of Orla, Pavel Ruiz, said at least 31 "
        "people had died in the Valden floods.",
    )
    result = checker.check([outlet_a, outlet_b])
    toll = pair_of(result, "has risen to 23", "at least 31 people had died")
    assert toll is not None and toll.reason == "conflicting_numbers"
    assert "for the dead: 23 vs at least 31" in toll.explanation
    evacuated = pair_of(result, "had been evacuated in time", "nobody had been evacuated")
    assert evacuated is not None and " negate what " in evacuated.explanation  # 'Residents ... negate'


def test_outlets_naming_the_story_only_in_their_narrative_are_compared(checker):
    """Neither claim names anything, but both items are about the strike at one firm's depot."""
    union_side = Document(
        id="valley-post",
        text="Members of the Transit Drivers Guild at the Corrin Freight depot in Harlow began a 48-hour "
        "stoppage on Monday over a pay offer they called an insult.\n\nGuild organiser Dana Pell said 600 "
        "drivers had joined the walkout by midday.",
    )
    company_side = Document(
        id="harlow-gazette",
        text="Corrin Freight said on Monday that its Harlow depot was running close to normal despite the "
        "Transit Drivers Guild's call for a stoppage.\n\nA company spokesman said fewer than 90 drivers "
        "had joined the walkout.",
    )
    result = checker.check([union_side, company_side])
    clash = pair_of(result, "600 drivers had joined the walkout", "fewer than 90 drivers had joined")
    assert clash is not None and clash.reason == "conflicting_numbers"


def test_a_shared_byline_does_not_make_two_stories_one(checker):
    """Two wire items with the same credit line, about different strikes, are never paired."""
    credit = "\n\nReporting by Anna Kovacs; Editing by Mark Lund and Petra Sand"
    first = Document(
        id="first",
        text="Dockers in the port of Velmar stopped work on Monday. Their union said 600 dockers had joined "
        "the strike." + credit,
    )
    second = Document(
        id="second",
        text="Nurses at a hospital in Ostrava walked out on Tuesday. A hospital spokeswoman said fewer than "
        "90 nurses had joined the strike." + credit,
    )
    claims, notes = checker.extract([first, second])
    assert not {"kovacs", "lund", "sand"} & (notes.names["first"] | notes.names["second"])
    result = checker.check_claims(claims, notes=notes)
    assert result.candidate_pairs == 0


def test_a_revised_toll_is_an_update_not_a_contradiction(checker):
    text = (
        "The civil protection agency said at least 12 people had died in the floods.\n"
        "On Friday the agency said the toll had risen to 19 people dead, with four missing."
    )
    result = checker.check([Document(id="u", text=text)])
    assert pair_of(result, "at least 12", "risen to 19") is None
    assert len(result.updates) == 1


def test_check_cli_json_html_and_exit_status(tmp_path):
    runner = CliRunner()
    article = FIXTURES / "contradictions" / "dev" / "diplomacy_summit_preparations.txt"
    out = tmp_path / "report.json"
    result = runner.invoke(app, ["check", str(article), "-f", "json", "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["schema_version"] == SCHEMA_VERSION
    ids = {c["id"] for c in data["claims"]}
    assert data["contradictions"]
    for contradiction in data["contradictions"]:
        assert {contradiction["claim_a"], contradiction["claim_b"]} <= ids
        assert set(contradiction) >= {"id", "score", "reason", "explanation", "nli_ab", "nli_ba"}
    html = runner.invoke(app, ["check", str(article), "-f", "html", "-q"])
    assert html.stdout.lstrip().lower().startswith("<!doctype html")
    failing = runner.invoke(app, ["check", str(article), "-q", "--fail-on-contradiction"])
    assert failing.exit_code == 1


def test_check_cli_bad_model_is_one_clear_line(tmp_path):
    article = FIXTURES / "contradictions" / "dev" / "diplomacy_summit_preparations.txt"
    result = CliRunner().invoke(app, ["check", str(article), "--nli-model", str(tmp_path / "none")])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert "error:" in result.stderr


def test_an_unknown_embedder_offline_fails_at_once_with_one_line(monkeypatch):
    """Offline, a Hub name that is not cached fails without a minute of download retries."""
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    article = FIXTURES / "contradictions" / "dev" / "diplomacy_summit_preparations.txt"
    result = CliRunner().invoke(app, ["check", str(article), "--embedder", "no-such-org/no-such-model", "-q"])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "Hub is unreachable" in result.stderr


def test_explanation_names_who_negates(checker):
    result = checker.check([Document(id="meeting", text=MEETING)])
    found = pair_of(result, "preparations were underway", "no such meeting is planned")
    assert found.explanation.startswith("Sergei Lavrov")


def test_propositions_are_read_off_the_extraction_parse(checker):
    """Claims stated as written reuse the document's parse; a denial, restated as the assertion it
    rejects, is parsed on its own. Both readings agree on what the claim is about."""
    from consistency.evidence import analyse

    result, notes = checker.extract([Document(id="meeting", text=MEETING)])
    claims = {c.text: c for c in result.claims}
    plain = next(c for t, c in claims.items() if t.startswith("preparations were underway"))
    known = notes.propositions
    assert plain.id in known
    restated = [c for c in result.claims if c.proposition != c.text]  # 'accused Kyiv of stalling ...'
    assert restated and not any(c.id in known for c in restated)
    fresh = analyse(checker.extractor.nlp, [plain])[0]
    assert known[plain.id].lemmas == fresh.lemmas and known[plain.id].predicates == fresh.predicates


def test_pairs_skipped_by_the_nli_bound_could_not_be_flagged(checker):
    """The NLI model is skipped only where no output of it could reach the threshold: running it
    anyway on those pairs leaves every one of them below the threshold."""
    from consistency.judge import pair_features

    documents = [
        Document(id=p.stem, text=p.read_text()) for p in sorted((FIXTURES / "contradictions/dev").glob("*.txt"))[:3]
    ]
    claims = checker.extractor.extract(documents).claims
    judged, _ = checker.judge_pairs(claims)
    skipped = [j for j in judged if not checker.can_flag(j.pair, j.evidence)]
    assert skipped and len(skipped) < len(judged)
    texts = [(claims[j.pair.a].proposition, claims[j.pair.b].proposition) for j in skipped]
    ab, ba = checker.nli.predict_both(texts)
    for item, forward, backward in zip(skipped, ab, ba, strict=True):
        features = pair_features(item.evidence, forward, backward, item.pair.similarity)
        assert checker.judge.score(features) < checker.threshold


def test_pairs_scored_in_one_direction_could_not_be_flagged(checker):
    """The second NLI direction is run only where the pair can still reach the threshold: running
    it on the pairs that skipped it leaves every one of them unflagged, and every pair over the
    threshold has both directions."""
    from consistency.judge import clashes, pair_features

    documents = [
        Document(id=p.stem, text=p.read_text()) for p in sorted((FIXTURES / "contradictions/dev").glob("*.txt"))[:4]
    ]
    claims = checker.extractor.extract(documents).claims
    judged, _ = checker.judge_pairs(claims)
    unscored = [(j.nli_ab == np.float32(1 / 3)).all() or (j.nli_ba == np.float32(1 / 3)).all() for j in judged]
    half = [j for j, u in zip(judged, unscored, strict=True) if u and checker.can_flag(j.pair, j.evidence)]
    assert half and len(half) < sum(checker.can_flag(j.pair, j.evidence) for j in judged)
    texts = [(claims[j.pair.a].proposition, claims[j.pair.b].proposition) for j in half]
    ab, ba = checker.nli.predict_both(texts)
    for item, forward, backward in zip(half, ab, ba, strict=True):
        features = pair_features(item.evidence, forward, backward, item.pair.similarity)
        assert checker.judge.score(features) < checker.threshold or not clashes(features)
    flagged = [u for j, u in zip(judged, unscored, strict=True) if j.score >= checker.threshold and clashes(j.features)]
    assert flagged and not any(flagged)


def test_threshold_is_the_best_f1_above_the_precision_floor():
    import numpy as np

    from consistency.calibrate import _best_threshold

    scores = np.array([0.9, 0.8, 0.7, 0.6, 0.5, 0.4])
    labels = np.array([1, 0, 1, 1, 0, 1])
    # No floor to speak of: flagging everything (P 0.67, R 1.0) has the best F1.
    threshold, (precision, recall, _) = _best_threshold(scores, labels, gold=4, min_precision=0.5)
    assert threshold == 0.4 and recall == 1.0
    # Floor 0.7: the best F1 among precise enough thresholds is at 0.6 (P 0.75, R 0.75).
    threshold, (precision, recall, _) = _best_threshold(scores, labels, gold=4, min_precision=0.7)
    assert threshold == 0.6 and precision == 0.75 and recall == 0.75
    # Floor 0.9: only the top score is precise enough.
    threshold, (precision, _, _) = _best_threshold(scores, labels, gold=4, min_precision=0.9)
    assert threshold == 0.9 and precision == 1.0


def _evidence(**changes):
    from consistency.evidence import PairEvidence

    neutral = dict(
        overlap=0.5,
        containment=0.5,
        denied_side="",
        denies_other=False,
        stance_mismatch=False,
        negation_mismatch=False,
        absolute_negation=False,
        modal_mismatch=False,
        same_predicate=True,
        negation_hits=True,
        negates_another_object=False,
        same_story=1.0,
        hedged=False,
        conditional=False,
        number_conflict=False,
        number_exact=False,
        number_update=False,
        figures_apart=False,
        figures_agree=False,
        ruled_out_after_end=False,
        rules_out_others=False,
        days_apart=False,
        events_apart=False,
        date_conflict=False,
        date_exact=False,
        opposite=None,
        opposite_exact=False,
        same_actor=False,
    )
    return PairEvidence(**{**neutral, **changes})


def test_nli_contradiction_is_symmetric_and_a_denial_reads_one_direction():
    import numpy as np

    from consistency.judge import pair_features

    clash, neutral, entails = np.array([0, 0, 1.0]), np.array([0, 1.0, 0]), np.array([1.0, 0, 0])
    # A contradiction read in one direction only counts half.
    assert pair_features(_evidence(), clash, neutral, 0.8)["nli_contradiction"] == 0.5
    # Claim b is the denial: a clash when a entails what b denies (premise a, hypothesis b) ...
    assert pair_features(_evidence(denied_side="b"), entails, neutral, 0.8)["nli_contradiction"] == 1.0
    # ... but not when only the denied proposition entails a (denying a stronger claim).
    assert pair_features(_evidence(denied_side="b"), neutral, entails, 0.8)["nli_contradiction"] == 0.0
    assert pair_features(_evidence(denied_side="a"), neutral, entails, 0.8)["nli_contradiction"] == 1.0


def test_a_figure_for_one_event_counts_fully_unless_one_side_is_a_target_or_condition():
    import numpy as np

    from consistency.judge import pair_features

    neutral = np.array([0, 1.0, 0])
    counts = dict(number_conflict=True, number_exact=True, overlap=0.1, containment=0.1)
    assert pair_features(_evidence(**counts), neutral, neutral, 0.3)["numbers"] == 1.0
    # 'would pay only if 4 million doses arrive' against '2.4 million doses had arrived'.
    for target in ({"conditional": True}, {"modal_mismatch": True}):
        assert pair_features(_evidence(**counts, **target), neutral, neutral, 0.3)["numbers"] < 0.2


def test_a_denial_answers_the_other_speakers_claim_most_like_it():
    from consistency.pair import CandidatePair, mark_closest_denials

    denial_of = dict(denied_side="b", stance_mismatch=True)
    pairs = [CandidatePair(0, 3, 0.41, ()), CandidatePair(1, 3, 0.62, ()), CandidatePair(2, 3, 0.70, ())]
    evidence = [_evidence(**denial_of), _evidence(**denial_of), _evidence(**denial_of, same_actor=True)]
    marked = mark_closest_denials(pairs, evidence)
    # Claim 1 is the closest of the other speakers' claims; claim 2 is the denier's own.
    assert [e.closest_to_denial for e in marked] == [False, True, False]
    # Two denials each get their own closest claim; a pair with no denial is never marked.
    pairs.append(CandidatePair(0, 4, 0.30, ()))
    evidence.append(_evidence(denied_side="b", stance_mismatch=True))
    pairs.append(CandidatePair(0, 1, 0.90, ()))
    evidence.append(_evidence())
    assert [e.closest_to_denial for e in mark_closest_denials(pairs, evidence)] == [False, True, False, True, False]


def test_dated_documents_put_the_earlier_claim_first_and_a_call_can_set_its_threshold(checker):
    later = Document(
        id="later",
        date="2025-06-04",
        text="Fire chief Ana Diaz said on Wednesday that the death toll from the warehouse fire had risen to 19.",
    )
    earlier = Document(
        id="earlier",
        date="2025-06-02",
        text="Fire chief Ana Diaz said on Monday that at least 12 people had died in the warehouse fire.",
    )
    result = checker.check([later, earlier])
    assert [(u.claim_a, u.claim_b) for u in result.updates] == [("earlier:c1", "later:c1")]
    text = (
        "Kremlin spokesman Dmitry Peskov said a meeting between the two leaders was being prepared. "
        "Foreign Minister Sergei Lavrov said no such meeting was planned."
    )
    assert check(text, checker=checker).contradictions
    strict = check(text, checker=checker, threshold=1.0)
    assert strict.threshold == 1.0 and checker.threshold < 1.0
    assert all(c.score >= 1.0 for c in strict.contradictions)


def test_a_negation_of_another_predicate_in_the_same_quote_is_no_clash(checker):
    text = (
        "The maternity wing at St Brigid's Hospital will close at the end of March, the hospital's board said "
        'on Tuesday. "We cannot staff the ward safely and we will not pretend otherwise. The wing will close on '
        'March 31," board chair Elaine Porter told a public meeting.'
    )
    result = checker.check([Document(id="w", text=text)])
    assert pair_of(result, "will close at the end of March", "cannot staff the ward") is None


def test_a_contradictions_key_does_not_depend_on_what_else_is_checked(checker):
    story = Document(
        id="s",
        text="Police said two people were hurt in the crash. Fire chief Ana Diaz said nobody was hurt in the crash.",
    )
    other = Document(id="o", text="The mayor said the bridge would stay open. Engineers said it would close.")
    alone = checker.check([story]).contradictions
    together = checker.check([other, story]).contradictions
    assert alone and {c.key for c in alone} <= {c.key for c in together}
    assert len({c.key for c in together}) == len(together)


def test_one_speaker_contradicting_themselves_is_explained_as_such(checker):
    text = (
        "Engineer Hugo Fenwick said on Monday that the bridge had been inspected in March.\n"
        "On Thursday Fenwick said the bridge had not been inspected since 2019."
    )
    result = checker.check([Document(id="f", text=text)])
    assert [a.name for a in result.actors] == ["Hugo Fenwick"]
    found = pair_of(result, "inspected in March", "not been inspected")
    assert found is not None and found.explanation == "Two statements by Hugo Fenwick: one negates the other."


def test_the_library_reads_its_inputs_as_the_cli_does(checker):
    for wrong in (MEETING.encode(), None, [MEETING, 5]):
        with pytest.raises(TypeError):
            check(wrong, checker=checker)
    for threshold in (2.0, -0.5, float("nan")):
        with pytest.raises(ValueError, match="between 0 and 1"):
            check(MEETING, checker=checker, threshold=threshold)
    result = check(["", MEETING, "   ", MEETING], checker=checker)
    assert [d.id for d in result.documents] == ["doc2"]
    assert [(s.source, s.reason.split(" ")[0]) for s in result.skipped] == [
        ("doc1", "empty"),
        ("doc3", "empty"),
        ("doc4", "same"),
    ]


def test_a_denial_no_claim_restates_is_not_said_to_deny_what_someone_said(checker):
    text = (
        "State Treasurer Mark Jensen denied that the state would pay for the repairs to the Harbor Bridge. "
        "Mayor Linda Okafor insisted the bridge would close in June regardless of who pays."
    )
    result = checker.with_threshold(0.0).check([Document(id="bridge", text=text)])
    found = pair_of(result, "the state would pay", "close in June")
    assert found is not None and found.reason == "explicit_denial"
    assert found.explanation.startswith("Mark Jensen denies that the state would pay for the repairs")
    assert "what Linda Okafor said" not in found.explanation


def test_a_reprinted_contradiction_is_reported_once_with_its_repeats(checker):
    """Three outlets print one wire story under their own headlines: the clash between its two
    statements is one contradiction with its repeats listed under it, not a screen of copies."""
    story = (
        "Interior Minister Lena Marsh said all residents of the flooded villages had been evacuated in time.\n\n"
        "Residents of the flooded villages in Valden province said nobody had been evacuated before the water arrived."
    )
    documents = [
        Document(id=f"outlet-{n}", text=f"{headline}\n\n{story}")
        for n, headline in enumerate(
            ("Valden floods: evacuation disputed", "Anger in Valden", "Questions over Valden evacuation")
        )
    ]
    result = checker.check(documents)
    texts = {claim.id: claim.text for claim in result.claims}
    clashes = [c for c in result.contradictions if "evacuated" in texts[c.claim_a]]
    heads = [c for c in clashes if c.same_as is None]
    assert len(heads) == 1 and len(clashes) >= 3
    assert all(c.same_as == heads[0].id for c in clashes if c is not heads[0])
    report = check_markdown(result)
    assert report.count("nobody had been evacuated") == 1 + 3  # one card, plus each outlet's claim in the index
    assert f"clash in {len(clashes) - 1} more pairs of claims" in report
    assert "distinct, the rest repeat them in other documents" in report
    assert "#1, #1" not in report  # a claim in several repeats points at its contradiction once


def test_not_knowing_takes_no_stance_on_the_event(checker):
    """'Not aware of any talks' neither negates talks said to be held, however many words the two
    share, nor agrees with 'no talks ever took place' against them."""
    text = (
        "Union leader Mara Kestrel said the union held talks with the transport ministry on Tuesday. "
        "Port director Helena Voss said she was not aware of any talks between the union and the transport "
        "ministry.\n\nA ministry spokesman, Olaf Berg, said he could not confirm that a meeting with the union had "
        "taken place on Tuesday."
    )
    result = checker.check([Document(id="talks", text=text)])
    assert pair_of(result, "the union held talks", "not aware of any talks") is None
    assert pair_of(result, "the union held talks", "could not confirm") is None
    assert any("could not confirm" in claim.text for claim in result.claims)


def test_claims_compete_for_partners_but_copies_of_one_statement_do_not():
    from consistency.pair import CandidatePair, partner_ranks
    from consistency.types import Span

    def said(i: int, words: str) -> Claim:
        return Claim(
            id=f"d:c{i}",
            doc="d",
            actor=f"a{i}",
            actor_id=f"a{i}",
            text=words,
            start=0,
            end=len(words),
            segments=(Span(start=0, end=len(words)),),
            sentence_start=0,
            sentence_end=len(words),
            cue="said",
            cue_lemma="say",
            kind="indirect",
            polarity="asserted",
            proposition=words,
            raw=Span(start=0, end=len(words)),
            speaker=f"a{i}",
        )

    claims = [
        said(0, "the guards opened fire without any warning"),
        said(1, "the guards warned the crowd twice"),
        said(2, "officers had issued no order to fire"),
        said(3, "the crowd was warned twice"),
        said(4, "the crowd was warned twice"),
    ]
    pairs = [
        CandidatePair(0, 1, 0.5, ()),
        CandidatePair(0, 2, 0.5, ()),
        CandidatePair(1, 2, 0.5, ()),
        CandidatePair(0, 3, 0.5, ()),
        CandidatePair(0, 4, 0.5, ()),
    ]
    # Claims 0 and 1 are each other's best partner, so their clashes with claim 2 rank second.
    # Claims 3 and 4 state the same words: one partner, tied third, not third and fourth.
    ranks = partner_ranks(claims, pairs, [0.99, 0.9, 0.95, 0.8, 0.8])
    assert list(ranks) == [0, 1, 1, 2, 2]
    # A pair with no sign of a clash (score 0) takes no place; the rank is the worse side's.
    assert list(partner_ranks(claims, pairs, [0.99, 0.0, 0.95, 0.8, 0.8])) == [0, 0, 1, 1, 1]


def test_days_clash_only_for_one_event(checker):
    """Two years for two different deeds are no conflict; one meeting said to have 'taken place'
    and to have 'been held' on different days is, however differently the two are worded."""
    deeds = (
        "Prosecutor Angela Worthy said Morrow had transferred 1.2 million dollars to an offshore account in "
        "2021. Worthy said Morrow's company had lost 400,000 dollars in 2020."
    )
    assert not checker.check([Document(id="deeds", text=deeds)]).contradictions
    meeting = (
        "Councillor Ruth Abernethy said the meeting with the developers took place on March 3. The developers' "
        "lawyer, Tom Farrow, said the meeting with the council was held on March 10."
    )
    found = pair_of(checker.check([Document(id="meeting", text=meeting)]), "took place on March 3", "held on March 10")
    assert found is not None and "dates" in found.evidence
    assert found.reason == "conflicting_dates"
    assert found.explanation == "Ruth Abernethy and Tom Farrow give different days: Mar 3 vs Mar 10."
    strike = (
        "The military said the strike was carried out on Saturday. The agency said the strike took place on Sunday."
    )
    found = pair_of(checker.check([Document(id="strike", text=strike)]), "carried out on Saturday", "on Sunday")
    assert found is not None and found.reason == "conflicting_dates"


def test_one_event_dated_by_its_noun_and_by_its_verb_clashes(checker):
    """'The call had taken place on Friday' and 'Kerr had called him on Thursday' date one call;
    'the federation had been informed on August 2' and 'the agency notified the federation on July
    19' date one piece of news reaching the federation, however the telling is worded."""
    call = (
        "Minister Pavel Strandell said Kerr had called him on Thursday, 3 April. He said the two had also "
        "discussed the budget. The next day Strandell corrected himself, saying the call had taken place on "
        "Friday, 4 April."
    )
    result = checker.check([Document(id="call", text=call)])
    claims = {c.id: c.text for c in result.claims}
    assert [(claims[u.claim_a], claims[u.claim_b]) for u in result.updates] == [
        ("Kerr had called him on Thursday, 3 April", "the call had taken place on Friday, 4 April")
    ]
    news = (
        "The agency notified the federation in writing on July 19, a spokesman for the agency said. But the "
        "federation's president, Anna Holt, insisted the federation had been informed of the positive test on "
        "August 2."
    )
    found = pair_of(checker.check([Document(id="news", text=news)]), "notified the federation", "informed of")
    assert found is not None and found.reason == "conflicting_dates"


def test_a_towns_figure_is_no_rival_of_the_regions(checker):
    """'4,000 evacuated from Millbrook' is part of '11,000 evacuated across the region'; two towns'
    figures are two counts too, while one town's two figures still clash."""
    text = (
        "Mayor Aisha Doyle said about 4,000 residents had been evacuated from Millbrook. Agency head Carla "
        "Jenner said more than 11,000 people had been evacuated across the region.\n\nPolice chief Omar Reyes "
        "said 900 people had been evacuated from Millbrook."
    )
    result = checker.check([Document(id="floods", text=text)])
    assert pair_of(result, "4,000 residents", "11,000 people") is None
    assert pair_of(result, "4,000 residents", "900 people") is not None


def test_a_count_of_other_people_is_no_update(checker):
    """A speaker giving the infected, then the dead, among one group's patients gives two counts,
    not a revised figure; the same count given again with a new number is one."""
    text = (
        "Dr Sunita Rao said 42 patients had been infected since March. Rao said three patients with the "
        "infection had died.\n\nOn Friday Rao said 57 patients had now been infected since March."
    )
    result = checker.check([Document(id="ward", text=text)])
    texts = {claim.id: claim.text for claim in result.claims}
    revised = {(texts[u.claim_a], texts[u.claim_b]) for u in result.updates}
    assert not any("died" in a or "died" in b for a, b in revised)
    assert any("42 patients" in a and "57 patients" in b for a, b in revised)


def test_denying_one_word_and_asserting_its_opposite_state_one_position(checker):
    text = (
        "Kelby Water denied that it had opened the sluice gates on Sunday. A Kelby Water spokesman said the "
        "sluice gates had remained closed all weekend. Local councillor Ellen Pryce said the company had "
        "opened the sluice gates on Sunday evening."
    )
    result = checker.check([Document(id="gates", text=text)])
    assert pair_of(result, "it had opened the sluice gates", "had remained closed") is None
    clash = pair_of(result, "had remained closed", "the company had opened")
    assert clash is not None and clash.reason == "opposite_predicates"


def test_figures_for_a_wider_area_are_no_rivals_whatever_the_model_reads(checker):
    town = "The Emergency Agency said 2,300 people had been evacuated from Orrick. "
    mayor = "Mayor Imogen Castell said about 5,000 residents had been evacuated from Orrick"
    assert reasons_in(checker, f"{town}{mayor} and nearby villages.") == []
    assert reasons_in(checker, f"{town}{mayor}.") == ["conflicting_numbers"]


def test_open_to_traffic_is_a_state_not_a_readiness(checker):
    text = (
        "Mayor Imogen Castell said the Mill Road bridge remains open to traffic. Police said the Mill Road "
        "bridge had been closed since Monday morning."
    )
    result = checker.check([Document(id="bridge", text=text)])
    assert pair_of(result, "remains open to traffic", "had been closed") is not None


def test_a_negation_that_says_which_people_are_meant_negates_nothing(checker):
    text = (
        '"I have won this election, and I will serve those who did not vote for me," Okafor said. Tsang said '
        "Okafor did not win this election."
    )
    result = checker.check([Document(id="vote", text=text)])
    clash = pair_of(result, "I have won this election", "Okafor did not win")
    assert clash is not None and clash.reason == "negation"


def test_a_figure_revised_in_so_many_words_is_an_update(checker):
    text = (
        "The company said the blaze broke out shortly after 11 p.m. in the moulding hall, where about 140 "
        "people were working the night shift. On Tuesday the company corrected the figure to 162, including "
        "agency staff. The fire service said about 200 people had been working."
    )
    result = checker.check([Document(id="fire", text=text)])
    claims = {c.id: c for c in result.claims}
    revision = next(c for c in result.claims if c.cue == "corrected")
    assert revision.proposition.startswith("the blaze broke out shortly after 11 p.m.")
    assert "about 162 people were working" in revision.proposition
    assert [(claims[u.claim_a].text[:9], claims[u.claim_b].text) for u in result.updates] == [
        ("the blaze", "the figure to 162, including agency staff")
    ]
    assert pair_of(result, "about 140 people", "the figure to 162") is None
    # What followed, told as a participle, revises nothing: 'raising the toll to three'.
    followed = checker.extractor.extract(
        [
            Document(
                id="toll",
                text="Colonel Viktor Marek said one of the wounded had died overnight, raising the toll to three.",
            )
        ]
    )
    assert [c.cue for c in followed.claims] == ["said"]


def test_a_negation_of_what_the_other_claim_does_not_state_needs_the_model_to_see_a_clash(checker):
    other = (
        "Veldane said batches manufactured after March 1 used a new supplier and were not affected. The "
        "regulator said all batches made before March 1 were included in the recall."
    )
    assert reasons_in(checker, other) == []
    reversal = (
        "The agency said no patient had been treated in a corridor at Ashcombe. Later the agency said patients "
        "had been cared for in corridors on a number of nights."
    )
    assert reasons_in(checker, reversal) == ["negation"]


def test_news_opposites_resume_or_remain_closed_and_accounted_for_or_not(checker):
    plant = (
        "Plant manager Ravi Sen said the plant would resume production on Monday. The regulator said the plant "
        "will remain closed."
    )
    assert reasons_in(checker, plant) == ["opposite_predicates"]
    # One speaker's reversal needs typed evidence, which the opposite gives.
    missing = (
        "Amundsen said all workers had been accounted for. Later, Amundsen said two workers remained unaccounted for."
    )
    assert reasons_in(checker, missing) == ["opposite_predicates"]


def test_corrections_in_other_words_are_updates_and_a_figure_ruled_out_is_not(checker):
    def updates(text: str) -> list[tuple[str, str]]:
        result = checker.check([Document(id="d", text=text)])
        claims = {c.id: c for c in result.claims}
        return [(claims[u.claim_a].text, claims[u.claim_b].text) for u in result.updates]

    assert updates("The agency had initially said 21 patients were infected but later corrected the figure to 23.") == [
        ("21 patients were infected", "the figure to 23")
    ]
    assert updates("The company said 38 men were trapped. The company later put the number at 41.") == [
        ("38 men were trapped", "the number at 41")
    ]
    assert updates(
        "The Hallam Courier reported that 14 homes had been flooded. On Tuesday the newspaper corrected the "
        "figure to 11."
    ) == [("14 homes had been flooded", "the figure to 11")]
    reversal = (
        "Arkwright said on Tuesday the company had offered a rise of 4.5 percent. On Thursday Arkwright said the "
        "company had never offered more than 3 percent."
    )
    assert updates(reversal) == []
    clash = pair_of(checker.check([Document(id="d", text=reversal)]), "4.5 percent", "never offered more than 3")
    assert clash is not None and clash.reason == "conflicting_numbers"


def test_a_figure_said_to_replace_the_speakers_earlier_one_is_an_update(checker):
    def found(text: str) -> tuple[list[str], list[str]]:
        result = checker.check([Document(id="d", text=text)])
        claims = {c.id: c for c in result.claims}
        return [claims[u.claim_b].text for u in result.updates], [c.reason for c in result.contradictions]

    assert found(
        "The federation said he faced a ban of up to four years. A federation spokeswoman later said the maximum "
        "ban he faced was two years, not four."
    ) == (["the maximum ban he faced was two years, not four"], [])
    assert found(
        "Treasurer Jane Holt said the levy would raise $9 billion a year. Holt later said the levy would raise "
        "$7.5 billion a year, not the $9 billion she had mentioned earlier."
    ) == (["the levy would raise $7.5 billion a year, not the $9 billion she had mentioned earlier"], [])
    assert found("The operator said 17 passengers were injured. The operator later said 31 were hurt, up from 17.")[0]
    # another speaker's 'not four' rejects the figure: a clash, not an update
    rejected = (
        "The federation said he faced a ban of up to four years. His lawyer said the ban was two years, not four."
    )
    assert found(rejected)[0] == []


def test_a_count_revised_by_its_level_by_name_or_by_a_named_spokesman_is_an_update(checker):
    def revised(text: str) -> list[str]:
        result = checker.check([Document(id="d", text=text)])
        claims = {c.id: c for c in result.claims}
        assert result.contradictions == ()
        return [claims[u.claim_b].text for u in result.updates]

    arrests = (
        "Police said they had arrested three people. Later, police said the number of people arrested had "
        "risen to five."
    )
    assert revised(arrests) == ["the number of people arrested had risen to five"]
    # the revision names what it counts, so a figure said in between is not the one revised
    assert revised(
        "Mthunzi Gold said 23 workers were trapped. Mthunzi Gold said two other shafts were operating normally. "
        "Later, Mthunzi Gold revised the number of trapped workers to 27."
    ) == ["the number of trapped workers to 27"]
    assert revised(
        "Lakeshore Rail said 17 people had been injured. Later, Lakeshore Rail spokesman Dan Kowalski said 31 "
        "people had been injured."
    ) == ["31 people had been injured"]


def test_an_answer_in_a_transcript_is_revised_in_text_order(checker):
    text = (
        "Giving evidence on Monday, the singer Ava Quinlan told the court that the meeting had been brief.\n\n"
        "Under cross-examination by Daniel Rhys KC, Quinlan was asked about her earnings.\n\n"
        "Rhys: Did you tell the producer that evening that he had cheated you?\n\n"
        "Quinlan: I never said he had cheated me. I said the contract needed work.\n\n"
        "Rhys: You lost work as a result of the programme being shelved?\n\n"
        "Quinlan: I lost three contracts that year because of what he wrote about me.\n\n"
        "On Tuesday, Quinlan returned to the witness box. She told the court she had lost two contracts, not "
        "three as she had said the day before."
    )
    result = checker.check([Document(id="trial", text=text)])
    claims = {c.id: c for c in result.claims}
    assert [(claims[u.claim_a].text[:23], claims[u.claim_b].text[:28]) for u in result.updates] == [
        ("I lost three contracts ", "she had lost two contracts, ")
    ]


def test_corrections_by_the_speakers_office_or_of_a_number_are_updates_and_a_forecast_is_not(checker):
    def updates(text: str) -> list[tuple[str, str]]:
        result = checker.check([Document(id="d", text=text)])
        claims = {c.id: c for c in result.claims}
        return [(claims[u.claim_a].text, claims[u.claim_b].text) for u in result.updates]

    office = (
        "Senator Diane Whitfield said Reyes had accepted $1.4 million from the developer. Later, Whitfield's office "
        "issued a correction, saying Reyes had accepted $2.1 million."
    )
    assert updates(office) == [
        ("Reyes had accepted $1.4 million from the developer", "Reyes had accepted $2.1 million")
    ]
    number = "The commander, Ruth Ashby, said three crew members were missing. Ashby later revised the number to two."
    assert updates(number) == [("three crew members were missing", "the number to two")]
    source = (
        "Tomasz said 100,000 people had taken part in the march. She later revised that figure, saying 85,000 people "
        "had taken part, according to a count by volunteers."
    )
    assert updates(source) == [("100,000 people had taken part in the march", "85,000 people had taken part")]
    forecast = (
        "Mendoza said 211 people had been confirmed dead. She warned that the toll could rise above 300 if rescuers "
        "could not reach the villages."
    )
    assert updates(forecast) == [] and reasons_in(checker, forecast) == []


def test_a_state_that_goes_on_is_no_clash_of_days(checker):
    for later in ("eleven men remained trapped on Tuesday", "the men were still trapped on Tuesday"):
        text = f"The company said eleven men were trapped on Monday. Rescuers said {later}."
        assert reasons_in(checker, text) == []


def test_a_year_that_names_a_record_is_no_span_of_time(checker):
    text = (
        "The agency said the river peaked at 6.2 metres at the Orrick gauge at about 11 p.m. on Sunday. Castell "
        "said the river peaked at 4.8 metres at the Orrick gauge on Sunday, well below the 1974 record."
    )
    assert reasons_in(checker, text) == ["conflicting_numbers"]


@pytest.mark.parametrize(
    "text",
    [
        # A plea to counts of a charge names its target by a noun and denies nothing anyone said.
        "Marten Ostrova denies eight counts of fraud. Prosecutor Ada Pelley said the spreadsheets were a ledger of "
        "the fraud.",
        # A negation in another sentence of a quote is about something else.
        '"This is not a bookkeeping error. It is a pattern, and the prime minister has known about it for months," '
        "Lowe said. A Downing Street spokesman said the prime minister retained full confidence in Marsh.",
        # Advice says what ought to be done, not what happened.
        "Health Minister Anna Ross said patients should not stop taking their medicine without advice. The Patients "
        "Alliance said two patients who had taken the drug for several years had developed tumours.",
    ],
    ids=["plea", "negation-in-another-sentence", "advice"],
)
def test_look_alikes_that_are_no_contradiction(checker, text):
    assert reasons_in(checker, text) == []


def test_ruling_out_what_has_ended_agrees_with_its_end(checker):
    assert (
        reasons_in(checker, 'Donnelly said the talks had broken down on Monday. "There are no talks," she said.') == []
    )
    begun = "The union said talks with the employers had begun on Monday. The employers said there are no talks."
    assert reasons_in(checker, begun) == ["negation"]
    put_off = (
        "Ndlovu said a follow-up inspection promised for July never took place. Mokoena conceded that the "
        "follow-up inspection scheduled for July had been postponed."
    )
    assert reasons_in(checker, put_off) == []  # (the NLI model alone read a clash at 0.95)
    refused = "The union said talks had been postponed. The employers said the talks had not been postponed."
    assert reasons_in(checker, refused) != []


def test_no_deaths_among_one_kind_of_people_leaves_the_toll_of_others_open(checker):
    soldiers = (
        "The military said no soldiers were killed in the strike. The agency said at least 29 people had been "
        "killed in the strike."
    )
    assert reasons_in(checker, soldiers) == []
    anyone = (
        "The military said no one was killed in the strike. The agency said at least 29 people had been killed "
        "in the strike."
    )
    assert reasons_in(checker, anyone) != []
    civilians = "The army said no civilians were killed in the raid. Medics said 12 civilians were killed in the raid."
    assert reasons_in(checker, civilians) != []


def test_a_negation_of_something_else_or_an_open_question_takes_nothing_back(checker):
    told = (
        "The club said it had been told of the positive result that morning. The club doctor said he had not been "
        "told about any cold medicine."
    )
    assert reasons_in(checker, told) == []
    whether = (
        "The official said satellite images showed military vehicles beside the building before the strike. He "
        "said the images did not show whether the vehicles were still there on the night of the attack."
    )
    assert reasons_in(checker, whether) == []
    same_thing = "The club said it had been told of the result. The doctor said he had not been told of the result."
    assert reasons_in(checker, same_thing) == ["negation"]


def test_the_explanation_names_the_closest_rival_figures(checker):
    text = (
        "Aurelia Air said the aircraft had been carrying 168 passengers and six crew. "
        "The Civil Aviation Authority said 182 passengers had been on board."
    )
    found = pair_of(checker.check([Document(id="d", text=text)]), "168 passengers", "182 passengers")
    assert found is not None and found.explanation.endswith("for passengers: 168 vs 182.")


def test_a_number_spelled_out_is_read_whole(checker):
    same = (
        "The airline said 142 passengers were on board. "
        "A relatives' group said one hundred and forty-two passengers were on board."
    )
    assert reasons_in(checker, same) == []
    rival = "The airline said 142 passengers were on board. The group said twenty-five passengers were on board."
    assert reasons_in(checker, rival) == ["conflicting_numbers"]


def test_a_forecast_and_what_came_to_pass_are_neither_update_nor_contradiction(checker):
    text = (
        "Ana Pires, the weather service's duty forecaster, said gusts were expected to reach 80 km/h on Friday. "
        "Winds reached 50 km/h on Thursday, she said."
    )
    result = checker.check([Document(id="d", text=text)])
    assert result.contradictions == () and result.updates == ()


def test_one_speakers_new_figure_for_the_same_kind_named_alike_is_an_update(checker):
    text = (
        "Graham Tull, the trust's chief executive, said on Monday morning that the trust had hired 60 agency "
        "nurses. Later the same day, Tull said 85 agency nurses had been brought in."
    )
    result = checker.check([Document(id="d", text=text)])
    assert result.contradictions == () and len(result.updates) == 1


def test_revisions_told_under_a_role_or_a_participle_are_updates(checker):
    text = (
        "On Sunday night the chair of the commission, Dorota Velling, said preliminary turnout was 58 percent. "
        "On Monday afternoon Velling revised the figure, saying turnout had been 61 percent.\n\n"
        "On Monday health ministry spokeswoman Dr Nadia Ferrow said 180 people had been killed since the ceasefire "
        "began. On Thursday Ferrow updated the toll, saying 212 people had been killed since the ceasefire began."
    )
    result = checker.check([Document(id="r", text=text)])
    assert result.contradictions == ()
    assert len(result.updates) == 2


def test_a_speaker_correcting_herself_is_an_update_not_a_contradiction(checker):
    text = (
        "Coach Lina Brandt said Quillan would miss Saturday's match with a hamstring strain. On Friday Brandt "
        "corrected herself, saying Quillan would be available on Saturday after a scan showed no damage to the muscle."
    )
    result = checker.check([Document(id="c", text=text)])
    assert result.contradictions == ()
    assert [u.explanation for u in result.updates] == ["Lina Brandt corrected an earlier statement."]


def test_a_revision_told_in_full_is_judged_as_said(checker):
    """'Updated the figures, saying five soldiers had now been killed' revises the soldiers' toll:
    its figure is not written into another claim of the speaker's ('a fuel depot on five May')."""
    text = (
        "Army spokesman Davit Ruszka said three soldiers had been killed. He said drones had struck a fuel "
        "depot on 4 May. In the evening, Ruszka updated the figures, saying five soldiers had now been killed."
    )
    result = checker.check([Document(id="r", text=text)])
    assert all(c.proposition == c.text for c in result.claims)
    claims = {c.id: c.text for c in result.claims}
    assert [(claims[u.claim_a], claims[u.claim_b]) for u in result.updates] == [
        ("three soldiers had been killed", "five soldiers had now been killed")
    ]


def test_a_speaker_announcing_that_a_plan_changed_is_an_update(checker):
    text = (
        "On Monday the envoy, Faisal bin Rashid, said the exchange would take place on Tuesday. On Wednesday "
        "Faisal bin Rashid said it had been postponed to Friday. On Tuesday the chairman, Edmund Price, said the "
        "talks with Norrbeck had ended. On Friday Price said the talks had resumed on Wednesday night. Nadia "
        "Okonjo said the union was ready to suspend its strike ballot. Okonjo later said the union would suspend "
        "the ballot only once Harlow put a guarantee on jobs in writing. Party spokesman Jonas Bellamy said a "
        "summit of the two leaders would take place on Wednesday. On Tuesday evening Bellamy said the summit had "
        "been called off."
    )
    result = checker.check([Document(id="u", text=text)])
    claims = {c.id: c.text for c in result.claims}
    assert sorted((claims[u.claim_a], claims[u.claim_b]) for u in result.updates) == [
        ("a summit of the two leaders would take place on Wednesday", "the summit had been called off"),
        ("the exchange would take place on Tuesday", "it had been postponed to Friday"),
        ("the talks with Norrbeck had ended", "the talks had resumed on Wednesday night"),
    ]


def test_a_toll_reported_higher_on_a_later_day_has_risen(checker):
    """Across dated reports, a higher death toll from another source is the toll rising; on one
    day, two tolls still clash."""
    documents = [
        Document(
            id="day1",
            date="2025-04-06",
            text="The Kelso relief agency said 40 people had died in the landslide. Governor Halim Sorrel said 52 "
            "people had died in the landslide.",
        ),
        Document(
            id="day3",
            date="2025-04-08",
            text="The Kelso relief agency said 141 people had died in the landslide. Governor Halim Sorrel said 230 "
            "people had died in the landslide.",
        ),
    ]
    result = checker.check(documents)
    claims = {c.id: c.text[:3] for c in result.claims}
    assert sorted((claims[c.claim_a], claims[c.claim_b]) for c in result.contradictions) == [
        ("141", "230"),
        ("40 ", "52 "),
    ]
    assert sorted((claims[u.claim_a], claims[u.claim_b]) for u in result.updates) == [("40 ", "141"), ("52 ", "230")]


def test_an_office_chair_or_acronym_speaking_for_the_same_party_updates_it(checker):
    text = (
        "Ambassador Helge Brandvold said talks would resume on Thursday. Later, Brandvold's office said the talks "
        "had been postponed to Saturday.\n\nCommission chair Marta Velloz said 1,204 ballots had been declared "
        "invalid. Later the commission revised the number of invalid ballots, saying 1,890 ballots had been "
        "declared invalid."
    )
    result = checker.check([Document(id="u", text=text)])
    assert result.contradictions == ()
    assert [u.explanation for u in result.updates] == [
        "Brandvold's office announced a change to what was said earlier.",
        "the commission revised a figure given earlier.",
    ]
    documents = [
        Document(
            id="d1",
            text="The Varda Disaster Management Agency (VDMA) said at least 14 people had been killed in the floods.",
        ),
        Document(id="d2", text="The VDMA said the death toll from the floods had risen to 37."),
    ]
    result = checker.check(documents)
    assert [a.name for a in result.actors] == ["Varda Disaster Management Agency"]
    assert len(result.updates) == 1 and result.contradictions == ()


def test_a_day_set_aside_is_not_the_events_day(checker):
    """'on Friday, 4 April, and not on Thursday' corrects the day: the claim is not negated, and
    Thursday is not one of its days, so it updates 'had called him late on Thursday'."""
    text = (
        "Minister Pavel Strand told reporters Kerr had called him late on Thursday, 3 April. He said the call had "
        "lasted about five minutes. The next day Strand corrected himself, saying the call had taken place on "
        "Friday, 4 April, and not on Thursday as he had said the day before."
    )
    result = checker.check([Document(id="c", text=text)])
    claims = {c.id: c.text for c in result.claims}
    assert claims[result.claims[0].id] == "Kerr had called him late on Thursday, 3 April"
    assert [(claims[u.claim_a][:15], claims[u.claim_b][:15]) for u in result.updates] == [
        ("Kerr had called", "the call had ta")
    ]
    assert result.contradictions == ()


def test_a_meeting_that_took_place_is_dated_as_meeting(checker):
    text = (
        "The minister said she had met vice-chancellors on 14 October. The union said the meeting took place on "
        "21 October."
    )
    found = pair_of(checker.check([Document(id="m", text=text)]), "met vice-chancellors", "meeting took place")
    assert found is not None and found.reason == "conflicting_dates"
