"""Typed evidence and candidate pairing, on the real spaCy pipeline and sentence embedder."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from consistency import Document
from consistency.embed import ClaimEmbedder
from consistency.evidence import analyse, pair_evidence
from consistency.judge import clashes, pair_features
from consistency.pair import candidate_pairs


@pytest.fixture(scope="module")
def claims_of(extractor):
    def run(text: str):
        result = extractor.extract([Document(id="d", text=text)])
        return result.claims, analyse(extractor.nlp, result.claims)

    return run


def evidence(claims_of, text: str):
    claims, props = claims_of(text)
    assert len(claims) == 2, [c.text for c in claims]
    return pair_evidence(claims[0], claims[1], props[0], props[1])


def test_conflicting_counts_for_the_same_event(claims_of):
    found = evidence(
        claims_of,
        "The governor said 40 people were injured in the blast. "
        "Hospital officials said more than 300 were injured in the blast.",
    )
    assert found.number_conflict and not found.number_update


def test_casualty_counts_match_however_they_are_worded(claims_of):
    toll = evidence(
        claims_of,
        "The health ministry said the death toll had risen to 40. Local officials said at least 65 people had died.",
    )
    assert toll.number_conflict and toll.number_exact
    hurt = evidence(
        claims_of, "The governor said 40 people were injured. Doctors said more than 300 were hurt in the blast."
    )
    assert hurt.number_conflict and hurt.number_exact
    fates = evidence(claims_of, "The army said two people were killed. Villagers said five people were wounded.")
    assert not fates.number_conflict  # the dead and the wounded are different counts
    crowd = evidence(
        claims_of, "Police estimated the crowd at 12,000. Organisers said more than 60,000 people took part."
    )
    assert crowd.number_conflict and crowd.number_exact
    missing = evidence(
        claims_of, "The coastguard said 12 people were still missing. Relatives said at least 31 were unaccounted for."
    )
    assert missing.number_conflict and missing.number_exact


def test_strike_turnouts_match_however_they_are_worded(claims_of):
    tools = evidence(
        claims_of,
        "The union said about 300 workers had downed tools. The company said only 40 people took part in the walkout.",
    )
    assert tools.number_conflict and tools.number_exact
    part = evidence(
        claims_of,
        "The union said 6,200 of the mine's 7,000 workers had walked out. "
        "Management said fewer than 1,500 employees had joined the strike.",
    )
    assert part.number_conflict and part.number_exact
    # The whole a part is counted from is not a rival figure, and a part is not the whole.
    whole = evidence(
        claims_of,
        "The union said 300 of the 7,000 workers went on strike. The company said about 300 staff went on strike.",
    )
    assert not whole.number_conflict
    subset = evidence(
        claims_of, "Police said the two officers had been suspended. The family said one of the two officers had lied."
    )
    assert not subset.number_conflict


def test_figures_that_are_no_rival_totals(claims_of):
    river = evidence(
        claims_of,
        "Officials said the toll had risen to 19. Engineers said the river had risen 4.2 metres above normal.",
    )
    assert not river.number_conflict  # a toll is only ever a count of the dead
    later_deaths = evidence(
        claims_of,
        "The army said two soldiers had been killed and three wounded. "
        "A medic said one of the wounded had died in hospital overnight.",
    )
    assert not later_deaths.number_conflict  # a change within a counted group, not a rival total
    both_state_them = evidence(
        claims_of,
        "The weather office said the storm came ashore with winds of 185 km/h and gusts of 226 km/h. "
        "The disaster agency said the storm came ashore with winds of 185 km/h and gusts of 226 km/h at the airport.",
    )
    assert not both_state_them.number_conflict  # 185 on one side is no rival of 226 on the other
    every_one = evidence(
        claims_of,
        "The commission said every one of those protocols carries a stamp. "
        "The candidate said she had carried all nine of the urban districts.",
    )
    assert not every_one.number_conflict


def test_a_figure_narrowed_to_a_place_is_a_part_not_a_rival(claims_of):
    part = evidence(
        claims_of,
        "The election commission said turnout was 61.4 percent. "
        "The opposition said turnout in Varna had been just 48 percent.",
    )
    assert not part.number_conflict
    same_place = evidence(
        claims_of,
        "The commission said turnout in Varna was 61.4 percent. The opposition said turnout in Varna was 48 percent.",
    )
    assert same_place.number_conflict


def test_figures_over_different_spans_of_time_are_different_quantities(claims_of):
    spans = evidence(
        claims_of,
        "The tenants' union said rents had risen 14 percent in the past twelve months. "
        "The mayor said rents had climbed about 31 percent since 2021.",
    )
    assert not spans.number_conflict
    same_span = evidence(
        claims_of,
        "The tenants' union said rents had risen 14 percent since 2021. "
        "The mayor said rents had climbed about 31 percent since 2021.",
    )
    assert same_span.number_conflict


def test_compatible_bounds_are_not_a_conflict(claims_of):
    found = evidence(
        claims_of, "The governor said at least 40 people were injured. Hospital officials said 55 people were injured."
    )
    assert not found.number_conflict


def test_same_speaker_raising_a_toll_is_an_update(claims_of):
    found = evidence(
        claims_of,
        "The agency said at least 12 people had died. Later the agency said the toll had risen to 19 people dead.",
    )
    assert found.number_update and found.same_actor and not found.number_conflict


def test_sums_of_different_measures_are_neither_update_nor_conflict(claims_of):
    found = evidence(
        claims_of,
        "Rao said the group expected revenue of about 3.8 billion pounds. "
        "Rao said operating profit would be around 410 million pounds.",
    )
    assert not found.number_update and not found.number_conflict
    revised = evidence(
        claims_of,
        "Rao said revenue would be about 3.8 billion pounds. Rao later said revenue would be 4.1 billion pounds.",
    )
    assert revised.number_update
    # What the money was for: '38,400 pounds in rent' is no rival of '4,200 pounds in travel expenses'.
    spent = "The Courier said Marsh had claimed 38,400 pounds in rent over three years. The commissioner said "
    assert not evidence(claims_of, spent + "Marsh had claimed 4,200 pounds in travel expenses.").number_conflict
    assert evidence(claims_of, spent + "Marsh had claimed 21,000 pounds in rent over three years.").number_conflict


def test_sums_written_with_a_sign_and_a_short_scale(claims_of):
    # '£48million', '$2.5bn', '3bn euros': the sign names the currency, the scale is part of the figure
    bid = evidence(
        claims_of,
        "The club said Albamar had lodged a formal £48million bid for the striker. "
        "The Albamar president said they had sent a written offer of £30million.",
    )
    assert bid.number_conflict and bid.number_exact
    same = evidence(
        claims_of,
        "The club said the fee was £48m. The agent said the fee was £48 million.",
    )
    assert not same.number_conflict
    cost = evidence(
        claims_of,
        "The minister said the scheme would cost 3bn euros. The opposition said the scheme would cost 5 billion euros.",
    )
    assert cost.number_conflict
    spent = "The Courier said Marsh had spent £38,400 in rent. The commissioner said Marsh had spent £4,200 in travel."
    assert not evidence(claims_of, spent).number_conflict
    # a length with a glued 'm' is no sum of money
    river = evidence(claims_of, "The agency said the river peaked at 6.2m. The mayor said the river peaked at 4.8m.")
    assert river.number_conflict


def test_lakh_and_crore_scale_a_figure(claims_of):
    same = evidence(
        claims_of, "The minister said six lakh homes had lost power. The operator said 600,000 homes had lost power."
    )
    assert not same.number_conflict and same.figures_agree  # (the NLI model reads them as rivals)
    rivals = evidence(
        claims_of, "The utility said 1.8 lakh households had lost power. The minister said 3 lakh households had."
    )
    assert rivals.number_conflict and not rivals.figures_agree
    fee = evidence(
        claims_of, "The board said the deal was worth Rs 2 crore. The bidder said it was worth Rs 20 million."
    )
    assert not fee.number_conflict and fee.figures_agree


def test_one_speakers_counts_of_different_things_are_no_revision(claims_of):
    found = evidence(
        claims_of,
        "The agency said 14 children had fallen ill. The agency said four children had been admitted to hospital.",
    )
    assert not found.number_update and not found.number_conflict
    recount = evidence(
        claims_of,
        "The agency said 14 children had fallen ill. The agency later said 19 children had fallen ill.",
    )
    assert recount.number_update


def test_a_count_declared_dead_is_a_toll(claims_of):
    found = evidence(
        claims_of,
        "Governor Luis Arrieta said 212 people had been confirmed dead across the province. "
        "The civil protection agency said 148 people had died in the province.",
    )
    assert found.number_conflict and found.number_exact


def test_zero_against_a_count(claims_of):
    found = evidence(
        claims_of,
        "The mission said it had recorded 14 violations of the truce. "
        "The rebel commander said there had been no violations of the truce.",
    )
    assert found.number_conflict


def test_no_more_than_is_an_upper_bound(claims_of):
    found = evidence(
        claims_of,
        "The university said the papers had reached no more than 14 students. "
        "The student union said the papers had reached about 230 students.",
    )
    assert found.number_conflict
    at_least = evidence(
        claims_of,
        "The university said the papers had reached no fewer than 200 students. "
        "The student union said the papers had reached about 230 students.",
    )
    assert not at_least.number_conflict


def test_bounds_and_conjoined_nouns_are_not_negations_or_predicates(claims_of):
    bound = evidence(
        claims_of,
        "The dean said the papers had reached no more than 14 students. "
        "The registrar said a law paper had leaked in 2022.",
    )
    assert not bound.negation_mismatch
    participant = evidence(
        claims_of,
        "The mayor said there was no agreement between the council and the club. "
        "The treasurer said the club had spent 800,000 pounds on repairs.",
    )
    assert participant.negation_mismatch and not participant.same_predicate


def test_a_denial_of_the_event_told_from_the_other_side_is_on_its_predicate(claims_of):
    # 'sent three warnings' / 'denied it had ever received a warning': one event, from either side
    for sent, received in [
        ("the district had sent Redline three written warnings", "the company had ever received a written warning"),
        ("the authority had briefed the ministry on the losses", "his officials had known of the losses"),
    ]:
        found = evidence(claims_of, f"Parents said {sent}. Redline denied that {received}.")
        assert found.same_predicate
    other = evidence(
        claims_of,
        "Parents said the district had sent Redline three written warnings. "
        "Redline denied that the company had ever missed a route.",
    )
    assert not other.same_predicate


def test_absolute_negation_is_decisive_only_against_a_stated_fact(claims_of):
    from consistency.judge import decisive

    fact = evidence(
        claims_of,
        "The union said talks with the employers were held last week. "
        "The employers said no talks with the union have ever taken place.",
    )
    assert fact.absolute_negation and fact.same_predicate and decisive(fact)
    intention = evidence(
        claims_of,
        "The party leader said no talks have ever taken place with the Greens. "
        "Her deputy said the party would talk to every party in parliament.",
    )
    assert intention.modal_mismatch and not decisive(intention)


def test_a_negation_of_the_same_verb_done_to_something_else_is_no_clash(claims_of):
    message = evidence(
        claims_of,
        "The agency said it had received reports of two children with similar symptoms. "
        "Karen Doyle said she had never received a message from the school.",
    )
    assert message.negation_mismatch and message.negates_another_object
    assert not message.negation_hits and not message.absolute_negation
    home = evidence(
        claims_of,
        "Prosecutor Fiona Hale said Merrick had been at the warehouse at 11 p.m. "
        "Hale said Mr Merrick was not at home that night.",
    )
    assert home.negates_another_object and not clashes(pair_features(home, (0.3, 0.3, 0.4), (0.3, 0.3, 0.4), 0.6))
    terms = evidence(
        claims_of,
        "The chief executive said a rescue deal had been agreed in principle on Sunday. "
        "Halberd Capital said it had never agreed terms with the bank.",
    )
    assert terms.absolute_negation and not terms.negates_another_object
    bid = evidence(
        claims_of,
        "Whitmore said it had not made any bid for the player. "
        "Prado said Whitmore had made an offer of 50 million euros.",
    )
    assert bid.negation_mismatch and not bid.negates_another_object
    graded = evidence(
        claims_of,
        "Dr Naomi Brandt said one child was in a serious condition. "
        "The hospital said none of the children was in a critical condition.",
    )
    assert graded.negates_another_object


def test_a_negation_in_a_reason_clause_leaves_the_main_clause_affirmed(claims_of):
    found = evidence(
        claims_of,
        "The agency said 148 people had died in Corvela. "
        '"People are dying because we do not have enough blood," Mayor Ricardo Pell said.',
    )
    assert not found.negation_mismatch


def test_percentage_below_a_stated_figure(claims_of):
    found = evidence(
        claims_of,
        "The commission said final turnout was 64.2 percent. The opposition said turnout had been below 60 percent.",
    )
    assert found.number_conflict


def test_opposite_predicates_and_negation(claims_of):
    found = evidence(
        claims_of,
        "The finance chief said sales rose in the third quarter. "
        "The union leader said sales fell in the third quarter.",
    )
    assert found.opposite == ("rise", "fall")
    negated = evidence(
        claims_of, "The company said the plant would close in March. The minister said the plant would not close."
    )
    assert negated.negation_mismatch and not negated.polarity_mismatch


def test_news_opposites_beyond_wordnet(claims_of):
    expired = evidence(
        claims_of,
        "The owner said the ferry's safety certificate had been valid when it sailed. "
        "The coast guard said the certificate had expired in March.",
    )
    assert expired.opposite == ("valid", "expire") and expired.opposite_exact
    shelved = evidence(
        claims_of,
        "A governor said the board had voted to shelve the extension. "
        "The chairman said the board had voted to approve the extension.",
    )
    assert shelved.opposite == ("shelve", "approve")


def test_what_a_clause_says_its_subject_is_names_it_for_opposites(claims_of):
    coach = evidence(
        claims_of,
        'The club said Marco remains our head coach. "The coach was sacked last night," the captain said.',
    )
    assert coach.opposite == ("remain", "sack") and coach.opposite_exact
    board = evidence(
        claims_of,
        "A spokeswoman said the supervisory board had endorsed the terms. "
        "Albers said the board had unanimously rejected the proposal.",
    )
    assert board.opposite == ("endorse", "reject")


def test_opposite_predicates_need_the_same_participant(claims_of):
    scoped = evidence(
        claims_of,
        "The finance chief said global sales rose in the third quarter. "
        "The union leader said European sales fell in the third quarter.",
    )
    assert scoped.opposite is None
    other_thing = evidence(
        claims_of,
        "The chairman said the group's headcount had risen this year. "
        "The union said staff numbers at the depot had fallen every month.",
    )
    assert other_thing.opposite is None
    converse = evidence(
        claims_of,
        "The club said Holloway resigned in October. The union said Holloway had been sacked by the club.",
    )
    assert converse.opposite is not None and converse.opposite_exact


def test_opposites_of_one_named_thing_count_fully_and_a_negated_one_agrees(claims_of):
    named = evidence(
        claims_of,
        "The health secretary said waiting lists for planned treatment in England had fallen for a third month. "
        "Figures published on Thursday showed the waiting list rose by 42,000 in April to 7.62 million.",
    )
    assert named.opposite is not None and named.opposite_exact
    features = pair_features(named, np.array([0.1, 0.8, 0.1]), np.array([0.1, 0.8, 0.1]), 0.3)
    assert features["opposite"] == 1.0  # however far apart the rest of the two claims is
    agreeing = evidence(
        claims_of,
        "Figures showed the waiting list rose by 42,000 in April. The nurses' leader said nobody believes the "
        "lists are falling.",
    )
    assert agreeing.opposite is None


def test_denial_and_hedge(claims_of):
    denial = evidence(
        claims_of,
        "The mayor said the ministry ordered the evacuation. The ministry denied that it ordered the evacuation.",
    )
    assert denial.polarity_mismatch
    hedge = evidence(
        claims_of, "The envoy said talks were held last week. The spokeswoman said she was not aware of any talks."
    )
    assert hedge.hedged
    plain = evidence(
        claims_of,
        "The paper said the owners had contacted two possible replacements. The club said nobody had been contacted.",
    )
    assert not plain.hedged  # 'possible replacements' names candidates; it does not hedge the claim
    month = evidence(
        claims_of,
        "The agency said an inspection in May found the valve faulty. The company said the valve may have failed.",
    )
    _, props = claims_of("The agency said an inspection in May found the valve faulty.")
    assert not props[0].hedged and month.hedged  # the month is no 'may'


def test_pairing_links_a_referring_denial_and_stays_bounded(extractor):
    text = (
        "The president announced that preparations were underway for a face-to-face meeting "
        "between the two leaders. The foreign minister said no such meeting is planned. "
        + " ".join(f"The mayor of Town{i} said the bridge number {i} would reopen in spring." for i in range(60))
    )
    result = extractor.extract([Document(id="d", text=text)])
    claims = result.claims
    props = analyse(extractor.nlp, claims)
    embeddings = ClaimEmbedder().encode([c.proposition for c in claims])
    pairs = candidate_pairs(claims, props, embeddings, per_claim=4)
    meeting = {i for i, c in enumerate(claims) if "meeting" in c.text}
    assert len(meeting) == 2
    assert any({p.a, p.b} == meeting for p in pairs)
    partners = np.bincount([p.a for p in pairs] + [p.b for p in pairs], minlength=len(claims))
    assert len(pairs) <= 2 * 4 * len(claims)
    assert partners.max() < len(claims) - 1


def test_a_terse_denial_is_paired_within_its_article(extractor):
    text = (
        "The ministry said Drovia had transferred 20 million crowns into an escrow account. "
        "The deputy prime minister rejected claims that any money had been paid. "
        "The mediator said the talks would resume in May."
    )
    _, pairs = paired(extractor, text, per_claim=1)
    assert pairs == {(0, 1), (0, 2), (1, 2)}


def test_an_appeal_is_no_claim_to_contradict(extractor):
    text = (
        "Vance insisted that her government did not want a conflict. "
        "Carla Denning urged both governments to show restraint. "
        "Halas said his government had moved no troops."
    )
    claims, pairs = paired(extractor, text, per_claim=2)
    assert [c.cue_lemma for c in claims] == ["insist", "urge", "say"]
    assert pairs == {(0, 2)}


def test_the_same_words_asserted_twice_are_not_paired_but_denied_are(extractor):
    """Two sources repeating one statement cannot contradict each other; a denial of it can."""
    text = (
        "The port authority said the crane collapse had halted all loading. "
        "The dockers' union said the crane collapse had halted all loading. "
        "The operator denied that the crane collapse had halted all loading."
    )
    claims, pairs = paired(extractor, text, per_claim=2)
    assert [c.polarity for c in claims] == ["asserted", "asserted", "denied"]
    assert pairs == {(0, 2), (1, 2)}


def test_a_statement_many_outlets_repeat_is_still_paired_with_its_denial(extractor):
    """Across documents partners are bounded per statement: thirty copies of one wire claim must
    not take every place the denial could have had."""
    documents = [
        Document(
            id=f"w{i}",
            text=f"Mayor Linda Okafor of Harbor City told outlet {i} that the Harbor Bridge will close in June.",
        )
        for i in range(30)
    ] + [Document(id="deny", text="Linda Okafor later said the Harbor Bridge would not close in June.")]
    claims = extractor.extract(documents).claims
    embeddings = ClaimEmbedder().encode([c.proposition for c in claims])
    pairs = candidate_pairs(claims, analyse(extractor.nlp, claims), embeddings, per_claim=4)
    denial = next(i for i, c in enumerate(claims) if c.doc == "deny")
    assert sum(denial in (p.a, p.b) for p in pairs) == 30


def paired(extractor, text: str, *, per_claim: int):
    """The claims of one article and the (a, b) indices of its candidate pairs."""
    claims = extractor.extract([Document(id="d", text=text)]).claims
    embeddings = ClaimEmbedder().encode([c.proposition for c in claims])
    pairs = candidate_pairs(claims, analyse(extractor.nlp, claims), embeddings, per_claim=per_claim)
    return claims, {(p.a, p.b) for p in pairs}


def test_numbers_in_verbless_claims_are_read(extractor):
    """A claim whose root is not a verb ('three hundred hurt') once made the analysis loop forever."""
    result = extractor.extract([Document(id="d", text="The governor said three hundred hurt.")])
    propositions = analyse(extractor.nlp, result.claims)
    assert [q.value for p in propositions for q in p.quantities] == [300]


def test_figures_with_different_qualifiers_are_different_quantities(claims_of):
    found = evidence(
        claims_of,
        "The company said its global sales rose 3 percent in the quarter. "
        "Analysts at Brookfield said its European sales fell 8 percent in the quarter.",
    )
    assert not found.number_conflict


def test_not_a_single_item_is_zero_of_it(claims_of):
    found = evidence(
        claims_of,
        "The company said the stoppage had not delayed a single parcel. "
        "The union said the walkout had held up roughly 60,000 parcels.",
    )
    assert found.number_conflict


def test_same_speaker_giving_a_new_count_is_an_update(claims_of):
    found = evidence(
        claims_of,
        "The hospital said 28 children had been admitted. On Sunday the hospital said 63 children had been admitted.",
    )
    assert found.number_update and not found.number_conflict


def test_one_event_dated_to_different_days(claims_of):
    found = evidence(
        claims_of,
        "The spokesman said she handed in her letter on Wednesday morning. "
        "Her aide said she handed in the letter on Monday evening.",
    )
    assert found.date_conflict and found.date_exact
    different_things = evidence(
        claims_of,
        "The ministry said only two hostages had been handed over on Monday. "
        "The group said the government had handed over 4 million dollars in cash on Saturday.",
    )
    assert different_things.date_conflict and not different_things.date_exact


def test_a_term_ending_on_different_dates_however_worded(claims_of):
    found = evidence(
        claims_of,
        "Club president Harald Ruud said Quillan's contract runs until June 2027. "
        "His agent said the contract expires in June 2025.",
    )
    assert found.date_conflict and found.date_exact and not found.events_apart
    other_terms = evidence(
        claims_of,
        "The minister said the ceasefire runs until Friday. The rebels said the talks end on Sunday.",
    )
    assert not other_terms.date_exact


def test_a_negated_noun_hits_the_verb_it_is_made_from(claims_of):
    found = evidence(
        claims_of,
        "Chief executive Henrik Dahl said a deal has been agreed under which Norva would pay $42 a share. "
        "The rival's chairman, Edgar Penn, said no agreement had been reached.",
    )
    assert found.negation_hits and found.same_predicate


def test_a_preposition_before_a_figure_s_verb_bounds_nothing(claims_of):
    found = evidence(
        claims_of,
        "Foreign minister Ana Petrova said that under the deal, 24 prisoners held by each side would be "
        "released. The spokesman said the proposal under discussion involved 31 prisoners on each side, not 24.",
    )
    assert found.number_conflict and not found.figures_agree


def test_an_offer_is_the_price_another_says_will_be_paid(claims_of):
    found = evidence(
        claims_of,
        "Chief executive Henrik Dahl said Norva would pay $42 a share for the rival firm. The rival's "
        "chairman said the board had received an offer of $38 a share.",
    )
    assert found.number_conflict


def test_without_negates_its_object_not_the_claim(claims_of):
    found = evidence(
        claims_of,
        "Charity worker Tomas Brink said survivors are being held at the port of Arvel without access to "
        "lawyers. Coast guard spokesman Marko Dell said the survivors are still in Port Arvel.",
    )
    assert not found.negation_mismatch and not found.stance_mismatch


def test_a_smaller_figure_among_others_is_part_of_the_whole(claims_of):
    found = evidence(
        claims_of,
        "The regulator's director said the breach affected 3.4 million accounts. The bank's chief said "
        "about 40,000 business accounts were among those affected.",
    )
    assert not found.number_conflict
    rival = evidence(
        claims_of,
        "Okafor said about 1.2 million customer accounts had been affected by the intrusion. Reyes said the "
        "breach affected 3.4 million accounts.",
    )
    assert rival.number_conflict  # a kind named alone is no part of the whole
    floor = evidence(
        claims_of,
        "Reyes said the breach affected 3.4 million accounts. The association said at least one million "
        "accounts had been compromised.",
    )
    assert not floor.number_conflict


def test_spans_of_time_and_clock_times_of_different_events_are_no_rival_days(claims_of):
    waits = evidence(
        claims_of,
        "Her daughter said he had waited 14 hours in a corridor. "
        "The trust said no patient had waited more than 12 hours in the unit.",
    )
    assert not waits.date_conflict
    times = evidence(
        claims_of,
        "The coast guard said the ferry overturned at around 9 p.m. near the harbour. "
        "Port records show the ferry left the harbour at 7:40 p.m.",
    )
    assert not times.date_conflict
    one_event = evidence(
        claims_of,
        "The company said the ferry left the harbour at 7:40 p.m. "
        "The coast guard said the ferry left the harbour at 9 p.m.",
    )
    assert one_event.date_conflict and one_event.date_exact


def test_people_counted_under_other_names_are_one_quantity(claims_of):
    moved = evidence(
        claims_of,
        "The mayor said about 1,200 residents had been moved out of the three villages. "
        "Rescuers said fewer than 400 people had left the villages.",
    )
    assert moved.number_conflict and not moved.number_exact
    had_downed = evidence(
        claims_of,
        "The steward said about 300 workers had downed tools and gathered in the car park. "
        "The company said only 40 people took part in the walkout.",
    )
    assert had_downed.number_conflict and had_downed.number_exact
    # Two groups freed in one deal are two counts, and so are people and the things they own.
    groups = evidence(
        claims_of,
        "The ministry said it had agreed to free 20 fighters held in the prison. "
        "The envoy said seven hostages would be freed within hours.",
    )
    assert not groups.number_exact
    things = evidence(
        claims_of,
        "The mayor said about 1,200 residents had been moved out. The council said 300 homes had been moved out.",
    )
    assert not things.number_conflict


def test_denying_what_the_other_side_also_negates_is_agreement(claims_of):
    found = evidence(
        claims_of,
        "The fire chief said the fire had not entered the village. "
        "The mayor rejected claims that the fire had reached the village.",
    )
    assert found.polarity_mismatch and not found.stance_mismatch


def test_conditions_are_marked(claims_of):
    found = evidence(
        claims_of,
        "The Greens said they were ready to join the government. "
        "The Greens leader said they would only join if the coal plants closed.",
    )
    assert found.conditional


def test_a_hope_that_something_will_happen_is_a_condition(claims_of):
    found = evidence(
        claims_of,
        "Manager Rhys Calloway said Amankwah would not play for the national team this month. Calloway said "
        "he hoped Amankwah would be back for the derby against Fairhaven Athletic later this month.",
    )
    assert found.conditional


def test_not_until_is_a_precondition_unless_it_states_the_past(claims_of):
    precondition = evidence(
        claims_of,
        "The investigators said they had interviewed four witnesses. "
        "The state attorney said no video would be made public until every witness had been interviewed.",
    )
    past = evidence(
        claims_of,
        "The police chief said the officer's camera had been recording throughout the stop. "
        "The family's lawyer said the camera had not been switched on until after the shooting.",
    )
    assert precondition.conditional and not past.conditional


def test_only_once_is_a_condition_before_a_clause_and_a_count_after_a_verb(claims_of):
    condition = evidence(
        claims_of,
        "The union said talks with the port would resume on Monday. "
        "The port director said talks would resume only once both sides agreed on an agenda.",
    )
    count = evidence(
        claims_of,
        "Councillor Ruth Abernethy said the committee had met three times to discuss the plan. "
        "Council leader Tom Farrow said the committee had met only once on the matter.",
    )
    assert condition.conditional and not count.conditional


def test_readiness_is_conditional_but_reported_future_is_not(claims_of):
    ready = evidence(
        claims_of,
        "Lavrov said no meeting between the two leaders was planned. "
        "Swiss officials said their country was willing to host such a meeting.",
    )
    future = evidence(
        claims_of,
        "The union said the plant would close in March. The company said the plant had a long future.",
    )
    assert ready.conditional and not future.conditional


def test_an_absolute_negation_settles_only_what_it_negates(claims_of):
    from consistency.judge import decisive

    hits = evidence(
        claims_of, "The operator said it had offered a 6% pay rise. The union said there had never been any offer."
    )
    assert hits.negation_hits and decisive(hits)
    beside = evidence(
        claims_of,
        "The operator said it had offered a 6% pay rise. The union said members were never consulted on any offer.",
    )
    assert not beside.negation_hits and not decisive(beside)  # 'never consulted' does not deny the offer


def test_the_embedder_encodes_nothing_quietly():
    """An input with no claims still gets a (0, dimension) array, and asking the dimension warns of
    nothing on stderr under sentence-transformers 6 (which renamed the method)."""
    import warnings

    embedder = ClaimEmbedder()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert embedder.encode([]).shape == (0, 384)


def test_a_speaker_denying_one_thing_and_asserting_another_states_one_position(claims_of):
    sure = np.array([0.0, 0.0, 1.0], dtype=np.float32)
    own = evidence(
        claims_of,
        "Lori Kemp denied that the company had fallen behind with its wages. "
        "Kemp said the company had paid its wages on schedule all autumn.",
    )
    features = pair_features(own, sure, sure, 0.9)
    assert own.same_actor and features["denial"] > 0 and not clashes(features)
    other = evidence(
        claims_of,
        "The union said the company had fallen behind with its wages. "
        "Lori Kemp denied that the company had fallen behind with its wages.",
    )
    assert not other.same_actor and clashes(pair_features(other, sure, sure, 0.9))


def test_a_share_of_an_owners_whole_group_and_other_names_for_homes_are_one_quantity(claims_of):
    customers = evidence(
        claims_of,
        "The regulator said the freeze affected about 85,000 customers. "
        "The union said more than 300,000 of the bank's customers had been cut off from their accounts.",
    )
    assert customers.number_conflict
    homes = evidence(
        claims_of,
        "The utility said about 180,000 households lost power at the height of the outage. "
        "The minister said more than 600,000 homes were left in the dark.",
    )
    assert homes.number_conflict
    # A part of a group an earlier figure counted is no rival total.
    subset = evidence(
        claims_of,
        "The council said 32 homes had been destroyed. The mayor said nine of the destroyed homes were holiday lets.",
    )
    assert not subset.number_conflict


def test_figures_for_other_people_other_payments_and_earlier_spans_are_no_rivals(claims_of):
    sides = evidence(
        claims_of,
        "General Kessel said the army had killed 40 rebel fighters near Mirva. "
        "The mayor said 15 civilians had been killed near Mirva.",
    )
    assert not sides.number_conflict
    added = evidence(
        claims_of,
        "The minister said the government would pay compensation of 10,000 euros to each family. "
        "The company said it would pay an additional 5,000 euros to each family.",
    )
    assert not added.number_conflict
    earlier = evidence(
        claims_of,
        "Union leader Ada Okafor said the authority had offered a rise of just 2.5 per cent. "
        "Okafor said members had accepted a 3 per cent rise last year.",
    )
    assert not earlier.number_update and not earlier.number_conflict


def test_small_rates_written_per_cent_conflict_and_keep_their_unit(claims_of):
    offers = evidence(
        claims_of,
        "Union leader Ada Okafor said the authority had offered a rise of just 2.5 per cent. "
        "Port spokesman Luis Reyes said the offer on the table was 4 per cent.",
    )
    assert offers.number_conflict
    claims, props = claims_of("The commission said turnout was 61.4 percent. Ana Diaz said turnout was 61 percent.")
    assert not pair_evidence(claims[0], claims[1], props[0], props[1]).number_conflict
    assert [q.text for q in claims_of("Okafor said the offer was 2.5 per cent.")[1][0].quantities] == ["2.5 per cent"]


def test_no_x_negates_the_verb_unless_it_rules_the_thing_out(claims_of):
    officers = evidence(
        claims_of,
        "The chief said four officers attended the scene. The force said no officer had been suspended.",
    )
    assert officers.negation_mismatch and not officers.negation_hits
    meeting = evidence(
        claims_of,
        "The envoy said a meeting between the two leaders was being prepared. "
        "The minister said no such meeting was planned.",
    )
    assert meeting.negation_hits


def test_figures_for_a_group_within_or_at_another_time_are_no_rivals(claims_of):
    subgroup = evidence(
        claims_of,
        "The commission said turnout was 41 percent. A student union said turnout among students was 19 percent.",
    )
    assert not subgroup.number_conflict
    dated = evidence(
        claims_of,
        "The treasurer said the council's debt stood at 80 million pounds at the end of April. The mayor said "
        "the debt had been cut to 72 million pounds by the end of September.",
    )
    assert not dated.number_conflict
    sides = evidence(
        claims_of,
        "The ministry said 3,000 soldiers had been withdrawn from the valley. Monitors said at least 20,000 "
        "soldiers remained in the valley.",
    )
    assert not sides.number_conflict and sides.opposite is None


def test_no_such_thing_planned_negates_the_thing_not_every_plan(claims_of):
    plans = evidence(
        claims_of,
        "Sporting director Hamish Kerr said the club saw the striker as part of its plans for the next five years. "
        "A Ravensworth spokesman said no meeting with Kingsport was planned.",
    )
    assert not plans.negation_hits


def test_opposites_on_other_days_or_under_a_condition_are_no_clash(claims_of):
    days = evidence(
        claims_of,
        "Port spokesman Ivo Ranner said container volumes fell by 30 percent on Monday. "
        "Shipping agent Dario Pell said volumes rose again on Wednesday.",
    )
    condition = evidence(
        claims_of,
        "Governor Pieter Haas said river levels fell overnight. "
        "Agency head Carla Jenner said river levels would rise again if heavy rain continued.",
    )
    same = evidence(
        claims_of,
        "Governor Pieter Haas said river levels fell overnight. "
        "Agency head Carla Jenner said river levels rose overnight.",
    )
    assert days.opposite is None and condition.opposite is None
    assert same.opposite == ("fall", "rise")


def test_only_after_is_a_condition_of_what_will_happen_not_of_what_did(claims_of):
    _, (told, waits) = claims_of(
        "The regulator said Telvanet had first told it about the breach on Friday, and only after journalists "
        "had contacted it. The union said the strike would end only after the company raised its offer."
    )
    assert not told.conditional and waits.conditional


def test_what_appears_to_be_describes_and_does_not_hedge(claims_of):
    _, (described, hedged) = claims_of(
        "The company said the breach had affected about 1.2 million customers, in what appears to be the largest "
        "breach in the country. The regulator said the breach appears to have affected 4.7 million customers."
    )
    assert not described.hedged and hedged.hedged


@pytest.mark.parametrize(
    "text",
    [
        # a sum per year is no rival of a fee
        "Oakes said Hadley had offered a fee of 55 million euros for Ferrante. "
        "Deluca said Hadley had offered Ferrante 6 million euros a year.",
        # a year's growth and a quarter's
        "The governor said the economy would grow 1.2 percent this year. "
        "The minister said the economy had grown 0.4 percent in the fourth quarter.",
        # two windows of time the parser names no date
        "The institute said there had been 90 aftershocks in the first 24 hours. "
        "The agency said there had been more than 300 aftershocks since Monday.",
        # places named by common nouns
        "The police said 12,000 people had marched in the capital. "
        "The organisers said 30,000 people had marched in other cities.",
        # a crowd elsewhere, from the same speaker, is no revision
        "Tomasz said about 100,000 people had marched through the city. "
        "Tomasz said 30,000 people had also marched in other cities.",
        # the hurt among a crowd are not the crowd
        "The organisers said about 100,000 people had marched through the city. "
        "The police said 14 protesters were treated in hospital.",
        # a level read on two days
        "The county said the fire was 15 percent contained on Tuesday. "
        "The fire service said the fire was 30 percent contained on Wednesday.",
        # a total since a day and last week's count
        "Parents said Redline had missed more than 60 routes since September. "
        "Redline said it had missed three routes last week.",
        # a target by a date and a count so far
        "The ministry said the first 4 million doses were due by Nov 30. "
        "The agency said 1.1 million doses had arrived.",
    ],
)
def test_figures_of_different_scopes_neither_clash_nor_revise(claims_of, text):
    found = evidence(claims_of, text)
    assert not found.number_conflict and not found.number_update and not found.date_conflict


def test_a_part_alone_is_at_most_the_whole(claims_of):
    larger = evidence(
        claims_of,
        "The provincial office said 32 homes had been destroyed since the fire broke out. "
        "The mayor told local radio that 140 homes had been lost in his municipality alone.",
    )
    assert larger.number_conflict and larger.number_exact
    smaller = evidence(
        claims_of,
        "The mayor said the repairs would cost $4.2 million. "
        "The contractor said repairs to the east ramp alone would cost about $600,000.",
    )
    assert not smaller.number_conflict and smaller.figures_apart


def test_a_level_read_on_the_same_day_still_clashes(claims_of):
    found = evidence(
        claims_of,
        "The county said the fire was 15 percent contained on Tuesday. "
        "The fire service said the fire was 30 percent contained on Tuesday.",
    )
    assert found.number_conflict


def test_a_count_that_is_no_round_figure_allows_no_rounding(claims_of):
    counts = evidence(
        claims_of,
        "The airline said the aircraft had been carrying 168 passengers. "
        "The authority said the aircraft had been carrying 182 passengers.",
    )
    assert counts.number_conflict
    rounded = evidence(
        claims_of,
        "The airline said the aircraft had been carrying 1,200 passengers. "
        "The authority said the aircraft had been carrying 1,250 passengers.",
    )
    assert not rounded.number_conflict


def test_a_change_told_by_its_noun_is_the_change_told_by_its_verb(claims_of):
    corrected = evidence(
        claims_of,
        "Governor Lane said the bank expected the economy to grow 1.2 percent. "
        "Lane later corrected herself, saying the bank expected growth of 1.4 percent.",
    )
    assert corrected.number_update
    other = evidence(
        claims_of, "The governor said the economy grew 1.2 percent. The union said wage growth reached 4 percent."
    )
    assert not other.number_conflict


def test_the_claim_closest_to_a_denial_counts_only_if_it_says_what_is_denied(claims_of):
    claims, props = claims_of(
        "Denise Farrow denied that the trust had made any offer. "
        "Councillor Peter Hynes said the trust had lost the trust of its own staff."
    )
    found = replace(pair_evidence(claims[0], claims[1], props[0], props[1]), closest_to_denial=True)
    unrelated = np.array([0.02, 0.9, 0.08], dtype=np.float32)  # Hynes's claim -> the offer: neutral
    saying_it = np.array([0.6, 0.3, 0.1], dtype=np.float32)
    assert pair_features(found, unrelated, unrelated, 0.64)["closest_denial"] == 0.0
    assert pair_features(found, saying_it, saying_it, 0.64)["closest_denial"] == 1.0


def test_numbers_spelled_out_are_read_as_one_figure_each(claims_of):
    _, props = claims_of(
        "The group said one hundred and forty-two passengers were on board, two dozen of them children, and "
        "that the two one-hour meetings had been cancelled."
    )
    figures = sorted(q.value for p in props for q in p.quantities)
    assert figures == [2.0, 24.0, 142.0]


def test_a_figure_for_a_part_of_the_country_is_no_rival_of_the_national_one(claims_of):
    city = evidence(
        claims_of,
        "The electoral commission said national turnout was 58 percent. "
        "Dorota Velling said turnout in the capital city was 70 percent.",
    )
    assert not city.number_conflict
    south = evidence(
        claims_of,
        "The electoral commission said national turnout was 54 percent. "
        "Observers said that in the south, turnout was 47 percent.",
    )
    assert not south.number_conflict


def test_opposite_words_said_of_different_times_are_two_moments(claims_of):
    found = evidence(
        claims_of,
        "Trade minister Oskar Brell said bilateral trade rose last year. "
        "Brell said trade fell in the first quarter of this year.",
    )
    assert found.opposite is None
    same_time = evidence(
        claims_of, "Trade minister Oskar Brell said bilateral trade rose last year. Analysts said trade fell last year."
    )
    assert same_time.opposite is not None


def test_a_negation_said_of_one_day_leaves_another_day_standing(claims_of):
    found = evidence(
        claims_of,
        "Colonel Aurel Penn said the army did not carry out any strike on the Hesta bridge on Tuesday. "
        "Villagers said the army had struck the Hesta bridge on Sunday.",
    )
    assert not found.negation_mismatch and not found.date_conflict
    undated = evidence(
        claims_of,
        "Colonel Aurel Penn said the army had pulled out of the town on Thursday and had never struck the bridge. "
        "Villagers said the army had struck the bridge on Sunday.",
    )
    assert undated.negation_mismatch


def test_a_verified_count_is_a_floor(claims_of):
    found = evidence(
        claims_of,
        "Health ministry spokeswoman Nadia Ferrow said 180 people had been killed since the ceasefire began. "
        "The UN office said it had verified 97 deaths since the ceasefire began.",
    )
    assert not found.number_conflict


def test_a_phrase_set_against_another_with_not_corrects_it_and_negates_nothing(claims_of):
    _, props = claims_of("The company said the Dunmore plant will close at the end of September, not in June.")
    assert not props[0].negated


def test_two_wishes_for_one_future_clash_as_two_facts_do(claims_of):
    wishes = evidence(
        claims_of,
        '"I am happy at Dranmoor and I want to stay here," Mateo Quillan said. '
        'His agent said: "Mateo wants to leave Dranmoor this summer."',
    )
    assert wishes.opposite is not None and not wishes.conditional
    conditioned = evidence(
        claims_of,
        "Quillan said he wants to stay at the club if his contract is improved. His agent said Quillan wants to leave.",
    )
    assert conditioned.opposite is None


def test_the_bodies_of_people_count_the_dead(claims_of):
    found = evidence(
        claims_of,
        "Colonel Aurel Penn said no civilians were killed in Tuesday's strike on the market. Dr Karim Oduya said "
        "the hospital had received the bodies of 14 civilians from the market.",
    )
    assert found.number_conflict and found.number_exact
    floor = evidence(
        claims_of,
        "Health ministry spokeswoman Nadia Ferrow said 180 people had been killed since the ceasefire began. "
        "Dr Karim Oduya said the hospital had received the bodies of 14 civilians from the market.",
    )
    assert not floor.number_conflict  # those one hospital received are some of the dead, not all


def test_a_count_of_the_wounded_rising_is_the_same_speakers_update(claims_of):
    found = evidence(
        claims_of,
        "On Tuesday morning hospital director Karim Oduya said 11 people had been wounded in the strike. By the "
        "evening he said the number of wounded treated at the hospital had risen to 30.",
    )
    assert found.number_update and not found.number_conflict


def test_a_participle_describing_a_noun_is_no_opposite_predicate(claims_of):
    found = evidence(
        claims_of,
        "Fisheries minister Anna Solden said Varnia had released only 12 fishermen. Foreign minister Petr Vasko "
        "said Kestria would consider talks once all detained fishermen had been returned.",
    )
    assert found.opposite is None


def test_none_this_week_is_no_rival_of_a_count_over_the_whole_story(claims_of):
    found = evidence(
        claims_of,
        "The authority said two patients have died. Dr Ana Marsh said no deaths have been recorded this week.",
    )
    assert not found.number_conflict


def test_different_things_on_different_days_leave_the_model_no_clash(claims_of):
    found = evidence(
        claims_of,
        "A mediator said only two hostages had been handed over on Monday. An official said talks over the other "
        "hostages had collapsed on Sunday night.",
    )
    assert found.events_apart
    model_clash = np.array([0.05, 0.05, 0.9])
    assert not clashes(pair_features(found, model_clash, model_clash, 0.6))
    one_event = evidence(
        claims_of, "The ministry said the talks collapsed on Sunday. The mediator said the talks collapsed on Monday."
    )
    assert not one_event.events_apart


def test_a_condition_on_a_promise_made_is_a_term_not_a_condition(claims_of):
    promise = evidence(
        claims_of,
        "Opposition leader Nadia Kerrigan said the minister had promised to withdraw the bill if her party "
        "abstained on the budget. The minister said he had never promised that the bill would be withdrawn.",
    )
    assert not promise.conditional and promise.negation_mismatch
    grant = evidence(
        claims_of,
        "Union leader Ned Parrish said Kolvik had received a regional subsidy in 2021 on condition that it kept "
        "the plant open. Chief executive Greta Sandell said Kolvik had never received any public subsidy.",
    )
    assert not grant.conditional
    threat = evidence(
        claims_of,
        "The union said its members would strike if the talks failed. The company said there would be no strike.",
    )
    assert threat.conditional


def test_not_knowing_as_the_whole_claim_leaves_the_model_no_clash(claims_of):
    found = evidence(
        claims_of,
        "Minister Paul Streng said he had offered to delay the vote by a week. Chief whip Mara Tovey said she was "
        "not aware of any offer to delay the vote.",
    )
    model_clash = np.array([0.05, 0.05, 0.9])
    assert found.disclaimed and not clashes(pair_features(found, model_clash, model_clash, 0.6))
    beside = evidence(
        claims_of,
        'Oyelaran said, "There is no agreement of any kind with the club." Ruddock said, "The council signed off '
        "the heads of terms in July, and we have been working to them ever since, so I honestly don't know what "
        'game they are playing."',
    )
    assert not beside.disclaimed


def test_a_verb_with_a_particle_is_another_verb(claims_of):
    found = evidence(
        claims_of,
        "Minister Tom Raskin said he did not call the mayor. His aide Lina Bergan said the meeting with the mayor "
        "had been called off.",
    )
    assert not found.negation_hits and not found.same_predicate
    same = evidence(
        claims_of, "The league said the match was called off. The club said the match had never been called off."
    )
    assert same.negation_hits


def test_a_negation_up_to_a_day_leaves_later_days_open(claims_of):
    later = evidence(
        claims_of,
        "Village head Omar Distel said no rescue team had arrived in the village by Wednesday evening. The "
        "regional governor said the first rescue team had reached the village on Thursday.",
    )
    assert not later.negation_mismatch
    earlier = evidence(
        claims_of,
        "Village head Omar Distel said no rescue team had arrived in the village by Wednesday evening. The "
        "regional governor said the first rescue team had reached the village on Monday.",
    )
    assert earlier.negation_mismatch


def test_a_local_count_of_one_event_is_part_of_the_whole(claims_of):
    part = evidence(
        claims_of,
        "The relief agency said 82 people had now died in the storm. Village head Petra Lomm said 11 people had "
        "died in the village of Ostrel.",
    )
    assert not part.number_conflict and part.figures_apart
    more_than_the_whole = evidence(
        claims_of,
        "The relief agency said 12 people had died in the storm. Village head Petra Lomm said 30 people had "
        "died in the village of Ostrel.",
    )
    assert more_than_the_whole.number_conflict


def test_a_margin_and_a_scoped_count_are_other_figures(claims_of):
    margin = evidence(
        claims_of,
        "Party official Ivo Danek said Mira Solberg had received 187,300 votes. Campaign spokesman Lukas Bernd "
        "said Solberg's winning margin was 30,550 votes.",
    )
    assert not margin.number_conflict
    scoped = evidence(
        claims_of,
        "The company said the closure would cost 1,150 jobs. Union leader Olek Varsky said the closure would "
        "cost 1,600 jobs once contract and agency staff were counted.",
    )
    assert not scoped.number_conflict and scoped.figures_apart
    plain = evidence(
        claims_of,
        "The company said the closure would cost 1,150 jobs. Union leader Olek Varsky said the closure would "
        "cost 1,600 jobs.",
    )
    assert plain.number_conflict


def test_a_promise_or_a_term_is_not_a_deed_done(claims_of):
    promise = evidence(
        claims_of,
        "Opposition leader Nina Korr said Minister Paul Strand had promised to withdraw the pipeline bill if her "
        "party would abstain on the budget. Speaker Tom Tolvin said the bill had not been withdrawn.",
    )
    assert not promise.negation_mismatch
    will_not = evidence(
        claims_of,
        "Opposition leader Nina Korr said Minister Paul Strand had promised to withdraw the pipeline bill if her "
        "party would abstain on the budget. Speaker Tom Tolvin said it would not be withdrawn.",
    )
    assert not will_not.negation_mismatch
    denied_promise = evidence(
        claims_of,
        "Opposition leader Nina Korr said Minister Paul Strand had promised to withdraw the bill if her party "
        'abstained. Strand said: "I never promised that the bill would be withdrawn."',
    )
    assert denied_promise.negation_mismatch
    term = evidence(
        claims_of,
        "The carmaker said Brevik Motors will close its engine plant. Union leader Olek Varga said Brevik had "
        "received a regional subsidy in 2021 on condition that it kept the plant open until 2030.",
    )
    assert term.opposite is None


def test_a_part_of_those_counted_and_a_count_in_all_are_other_figures(claims_of):
    part = evidence(
        claims_of,
        "The agency said the death toll had reached 126. Its spokesman Ade Adeyo said that of those, 23 had died "
        "in the Serin district.",
    )
    assert not part.number_conflict
    in_all = evidence(
        claims_of,
        "The company said the closure would cost 1,150 jobs. Economist Lina Petrak said the closure would cost "
        "about 2,000 jobs in all, including suppliers and shops.",
    )
    assert not in_all.number_conflict
