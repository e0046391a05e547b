"""Claim extraction behaviour a fact-checker relies on, on the real shipped spaCy model."""

from __future__ import annotations

import pytest
from conftest import FIXTURES

from consistency import Document, extract_claims
from consistency.evaluation import load_fixture_documents, load_gold_claims, score_extraction


def by_text(result, fragment: str):
    matches = [c for c in result.claims if fragment in c.text]
    assert matches, f"no claim contains {fragment!r}: {[c.text for c in result.claims]}"
    return matches[0]


def test_direct_quote_after_and_before_speaker(extract):
    result = extract(
        'Finance Minister Clara Voss defended the budget on Tuesday. "We will not raise taxes this '
        'year," Voss told reporters. Asked about pensions, she said: "They are safe for a decade."'
    )
    first = by_text(result, "We will not raise taxes")
    second = by_text(result, "They are safe for a decade")
    assert first.actor == second.actor == "Clara Voss"
    assert first.kind == "direct" and first.cue == "told reporters"
    assert result.documents[0].text[first.start : first.end] == "We will not raise taxes this year"


def test_split_quote_is_one_claim_with_two_segments(extract):
    text = (
        'Coach Dario Benz was blunt. "We lost our shape after the break," he said, "and we paid '
        'for it with two late goals."'
    )
    result = extract(text)
    claim = by_text(result, "We lost our shape")
    assert len(claim.segments) == 2
    assert claim.text.endswith("two late goals.")
    assert claim.actor == "Dario Benz"
    assert "the break and we paid" in claim.text
    for segment in claim.segments:
        assert text[segment.start : segment.end] in claim.text


def test_split_quote_over_two_sentences_reads_as_two_sentences(extract):
    text = (
        "“We are not going to meet just for a photograph,” Foreign Minister Anna Reyes said. “A "
        "meeting of leaders must crown the work, not replace it.” Mr. Lund, the envoy, agreed."
    )
    claim = by_text(extract(text), "We are not going")
    assert len(claim.segments) == 2
    assert "for a photograph. A meeting of leaders" in claim.text


def test_quote_running_over_paragraphs(extract):
    text = (
        'Mayor Ines Albrecht said on Friday: "The bridge will reopen in May.\n'
        '"After that, the tram line will follow within a year."\n'
    )
    claim = by_text(extract(text), "The bridge will reopen")
    assert claim.text == "The bridge will reopen in May. After that, the tram line will follow within a year."
    assert len(claim.segments) == 2  # the line break and the reopening mark are not her words
    assert claim.actor == "Ines Albrecht"


def test_denial_keeps_proposition_and_polarity(extract):
    result = extract("Iran's foreign ministry denied that a meeting took place in Oman last week.")
    claim = by_text(result, "a meeting took place")
    assert claim.polarity == "denied"
    assert claim.cue_lemma == "deny"
    assert claim.proposition.startswith("a meeting took place")
    assert "denied" in result.documents[0].text[claim.raw.start : claim.raw.end]


def test_denied_proposition_is_a_plain_statement(extract):
    result = extract("The finance minister denied that any money had ever been paid to the rebels.")
    claim = by_text(result, "any money had ever been paid")
    assert claim.polarity == "denied"
    assert claim.text == "any money had ever been paid to the rebels"  # the span stays as written
    assert claim.proposition == "some money had been paid to the rebels"
    asserted = by_text(extract("The rebels said they had never received any money."), "they had never received")
    assert asserted.proposition == asserted.text


def test_accusation_proposition_states_the_charge(extract):
    result = extract("The opposition accused the mayor of Linden of taking bribes. Prosecutors accused them of fraud.")
    bribes = by_text(result, "taking bribes")
    assert bribes.text == "the mayor of Linden of taking bribes"  # the span stays as written
    assert bribes.proposition == "the mayor of Linden was guilty of taking bribes"
    assert by_text(result, "of fraud").proposition == "they were guilty of fraud"
    quoted = by_text(extract('"This is the worst of all outcomes for our members," the union leader accused.'), "worst")
    assert quoted.proposition == quoted.text  # a quote is not rewritten as a charge


def test_rejected_claims_that_is_a_denial(extract):
    claim = by_text(extract("The club rejected claims that the coach had been sacked."), "the coach had been sacked")
    assert claim.polarity == "denied"


def test_said_and_accused_give_two_claims_with_one_speaker(extract):
    result = extract(
        "Russian Foreign Minister Sergei Lavrov has said since then that no such meeting is planned "
        "and accused Zelensky of refusing to make concessions in peace talks."
    )
    planned = by_text(result, "no such meeting is planned")
    accused = by_text(result, "Zelensky of refusing")
    assert planned.text == "no such meeting is planned"
    assert planned.actor == accused.actor == "Sergei Lavrov"
    assert accused.cue_lemma == "accuse"


def test_according_to_and_passive_reports(extract):
    result = extract(
        "According to the health ministry, 40 people were injured in the blast. "
        "It was widely reported that the airport would close for a week."
    )
    injured = by_text(result, "40 people were injured")
    assert injured.kind == "according_to" and "ministry" in injured.actor.lower()
    airport = by_text(result, "the airport would close")
    assert airport.kind == "passive" and airport.actor == "media reports"


def test_titles_surnames_roles_and_pronouns_resolve_to_one_actor(extract):
    result = extract(
        "U.S. President Donald Trump said Monday that talks would resume soon. "
        "The president also said sanctions would stay in place. "
        "Trump told reporters that he expected a deal by autumn. "
        "He said the envoy would travel on Friday."
    )
    actors = {c.actor_id for c in result.claims}
    assert len(result.claims) == 4
    assert len(actors) == 1
    actor = result.actors[0]
    assert actor.name == "Donald Trump" and actor.kind == "person"
    assert "Trump" in actor.aliases


def test_stated_time_is_kept(extract):
    claim = by_text(
        extract("Zelensky said on Thursday that he wanted clearer guarantees."), "he wanted clearer guarantees"
    )
    assert claim.time == "on Thursday"
    aged = extract('"Nobody came for us," said Ana Ruiz, a 52-year-old farmer from the village.')
    assert by_text(aged, "Nobody came for us").time is None  # an age, not a date
    led = extract("Hale, who has led the city since 2019, said on Sunday that he would fight the charges.")
    assert by_text(led, "fight the charges").time == "on Sunday"  # not the time in the speaker's phrase
    asked = extract('Asked whether talks would resume next week, the president said: "That depends on them."')
    assert by_text(asked, "That depends on them").time is None  # the question's time, not his
    both = extract("A spokesman said Russia had made no new demands and that its position had been known for months.")
    assert by_text(both, "no new demands").time is None  # the time in the other thing he said
    hung = extract(
        "Northfield United on Sunday denied reports that the manager would be dismissed, a day after a defeat."
    )
    assert by_text(hung, "would be dismissed").time == "on Sunday"  # the parser hangs the day on the subject
    statement = extract("In Sunday's statement she put the figure at 91 million pounds.")
    assert by_text(statement, "91 million").time == "Sunday"


def test_disputing_figures_is_a_denial(extract):
    claim = by_text(extract("The union disputed the figures."), "the figures")
    assert claim.polarity == "denied"


def test_dismissing_something_as_a_label_denies_the_thing(extract):
    result = extract(
        'Police union chief Dana Roe dismissed the witness account as "a version of events that fits a '
        'narrative". The spokesman dismissed the observers\' findings as "isolated incidents".'
    )
    for denied in ("the witness account", "the observers' findings"):
        claim = by_text(result, denied)
        assert claim.text == denied and claim.polarity == "denied"
    # The quoted label is the speaker's own words about it, not something they deny.
    assert by_text(result, "isolated incidents").polarity == "asserted"


def test_what_followed_said_by_someone_else_is_their_claim(extract):
    result = extract(
        "Hollin Vale announced on Tuesday that Markovic had been sacked, only for his agent to insist hours later "
        "that the Serbian remains in post."
    )
    assert by_text(result, "sacked").text == "Markovic had been sacked"
    assert (by_text(result, "remains in post").actor, by_text(result, "remains in post").cue) == ("his agent", "insist")


def test_wire_style_attributions_keep_what_was_said(extract):
    """Patterns the parser reads awkwardly: a long subject before a trailing 'said', a verb in the
    name of the speaker's group, a cue that also introduces a quote, 'before adding that', and a
    writer's lead-in before a colon."""
    result = extract(
        "At least two patients were harmed after their transfers were delayed, the Health Workers' "
        "Federation, which represents nearly 4,000 staff, said in a statement.\n\n"
        "Leila Obuya, a spokeswoman for the campaign group Return the Mareku Treasures, said Tembaria had "
        "lodged a formal claim in 1977.\n\n"
        'The deal covers all 212 objects in the collection, Kambare said, "not a selection, not a gesture".\n\n'
        "Gary Pruett said the company had delivered a letter ending the agreement on Oct. 14, before adding "
        "that the district had stopped paying its invoices in August.\n\n"
        'The chairman put the figure far lower: the demand had been for about £600,000, he said, "a '
        'sum that was never going to be paid".'
    )
    expected = {
        "At least two patients were harmed after their transfers were delayed": "Health Workers' Federation",
        "Tembaria had lodged a formal claim in 1977": "Leila Obuya",
        "The deal covers all 212 objects in the collection": "Kambare",
        "the company had delivered a letter ending the agreement on Oct. 14": "Gary Pruett",
        "the district had stopped paying its invoices in August": "Gary Pruett",
        "the demand had been for about £600,000": None,
    }
    for text, actor in expected.items():
        claim = by_text(result, text)
        assert claim.text == text and claim.kind == "indirect"
        assert actor is None or claim.actor == actor


def test_a_quoted_phrase_inside_reported_speech_stays_with_its_speaker(extract):
    result = extract(
        'The museum said in a statement that it remained "committed to a just and lasting outcome" and '
        "would make no further comment while discussions continued."
    )
    assert [c.actor for c in result.claims] == ["the museum"]


def test_a_role_set_off_after_a_name_is_a_title_of_that_person(extract):
    result = extract(
        "Edmund Pryce, the trust's chairman, said he had not been aware of any concerns.\n\n"
        "Lena Wielgos said the gang had demanded 85 bitcoin.\n\n"
        "The chairman said the demand had been for about 600,000 pounds.\n\n"
        'The chairman put the figure far lower: the demand had been for about £600,000, he said, "a sum '
        'that was never going to be paid".'
    )
    assert by_text(result, "600,000 pounds").actor == "Edmund Pryce"
    assert by_text(result, "about £600,000").actor == "Edmund Pryce"
    assert "trust's chairman" in next(a for a in result.actors if a.name == "Edmund Pryce").titles


def test_a_known_name_the_tagger_missed_is_whom_he_means_next(extract):
    result = extract(
        "Trent Malloy, the promoter's chief executive, said attendance was 38,500.\n\n"
        "Deputy Chief Angela Ruiz said staff had chained the north gates shut at about 8:15 p.m.\n\n"
        "Malloy flatly rejected that account.\n\n"
        '"Those gates were never locked, not for one minute," he said at a news conference on Sunday.'
    )
    assert by_text(result, "never locked").actor == "Trent Malloy"


def test_he_and_she_skip_a_person_of_the_other_gender(extract):
    result = extract(
        "Maureen Tallis pins a fob watch to her tunic before every shift.\n\n"
        'Devan Rourke, a union organiser, said the ward was short of staff. "They will not tell you how many '
        'walked out," he says.\n\n'
        "Priya Sandhu says she does not blame the nurses. Her father spent three weeks on the ward.\n\n"
        "Tallis pauses at the door of bay four.\n\n"
        '"I will go when they make me," she says.'
    )
    assert by_text(result, "how many walked out").actor == "Devan Rourke"
    assert by_text(result, "when they make me").actor == "Maureen Tallis"


def test_speakers_of_participles_and_clauses_of_time(extract):
    result = extract(
        "The judge rejected the argument that the term was out of line with comparable cases, saying each of "
        "the decisions cited by the defence had involved a single act of bad driving.\n\n"
        "Marta Kovalen said after the result was announced that her party would table a motion of no "
        "confidence next week."
    )
    assert by_text(result, "single act of bad driving").actor == "the judge"
    assert by_text(result, "table a motion").actor == "Marta Kovalen"


def test_court_reports_recollections_and_stranded_prepositions(extract):
    result = extract(
        "The court heard that the driver had been travelling at up to 94 mph moments before the collision.\n\n"
        "Maureen Tallis recalls that when she started, there were six nurses on the ward overnight.\n\n"
        "Finance Minister Ilse Varga told reporters after the vote that the rebate would be paid for in full "
        "by a windfall levy.\n\n"
        "The minister declined to say when the levy would start."
    )
    assert by_text(result, "travelling at up to 94 mph").actor == "the court"
    assert by_text(result, "there were six nurses").text.startswith("when she started")
    assert by_text(result, "the rebate would be paid for").actor == "Ilse Varga"
    assert not [c for c in result.claims if "levy would start" in c.text]


def test_according_to_one_of_a_group_and_to_its_own_data(extract):
    result = extract(
        "Two officials familiar with the talks said the deal was reached late on Tuesday. According to one "
        "of the officials, the prime minister's office drafted three versions of the clause.\n\n"
        "According to the organiser's own timing data, the riders entered the tunnel at 68 kilometres an hour."
    )
    assert by_text(result, "drafted three versions").actor == "Two officials familiar with the talks"
    assert by_text(result, "entered the tunnel").actor == "the organiser's timing data"


def test_blame_second_that_clauses_and_sources_with_knowledge(extract):
    result = extract(
        "Interior Minister Sabina Kral-Oyelowo blamed anarchist groups from abroad for the violence.\n\n"
        "The police statement said 37 officers had been injured, four of them seriously, and that 61 people "
        "had been detained.\n\n"
        "The latest offer was worth 62 million euros, according to two people with knowledge of the negotiations."
    )
    assert by_text(result, "anarchist groups").text == "anarchist groups from abroad for the violence"
    assert by_text(result, "61 people had been detained").text == "61 people had been detained"
    assert by_text(result, "62 million euros").actor == "two people with knowledge of the negotiations"
    lagos = extract(
        '"Three hours without the app and my family thinks I have been kidnapped," one user in Lagos wrote.'
    )
    assert lagos.claims[0].actor == "one user in Lagos"


def test_participles_passive_agents_and_emails_name_their_speakers(extract):
    result = extract(
        "Central bank governor Ilse Marovic played down fears that the sell-off could turn into a run on the "
        "currency, telling lawmakers that the bank's reserves were more than adequate.\n\n"
        "Interior Minister Sabina Kral-Oyelowo said the police had shown remarkable restraint.\n\n"
        "The minister's account was echoed by the police spokesman, Colonel Teodor Baranyi-Okoth. He said "
        "officers had used tear gas only after they came under attack.\n\n"
        "Another email, from the company's head of compliance to two directors, warned that the number of "
        "spills recorded was far below the true figure."
    )
    assert by_text(result, "reserves were more than adequate").actor == "Ilse Marovic"
    assert by_text(result, "used tear gas").actor == "Teodor Baranyi-Okoth"
    assert by_text(result, "number of spills").actor == "the company's head of compliance"


def test_kinship_nouns_and_questioners_in_pronoun_resolution(extract):
    result = extract(
        "Maureen Tallis says she has thought about retiring early. Her husband, Colin, a retired trawlerman, "
        'would like her to.\n\n"I will go when they make me," she says.\n\n'
        "Chief executive Tobias Lindgren-Achebe said revenue had risen. Asked by Rosalind Achterberg, an "
        "analyst at Kestrel Bank, whether the payout could be sustained, he said the board had full "
        "confidence in the dividend."
    )
    assert by_text(result, "when they make me").actor == "Maureen Tallis"
    assert by_text(result, "full confidence").actor == "Tobias Lindgren-Achebe"


def test_openings_before_the_cue_are_not_what_was_said(extract):
    result = extract(
        "In a post on X, Aldenmark's foreign minister, Pieter Hallgren, said his country was ready to send "
        "two rescue teams.\n\n"
        'In one message, sent on a Sunday evening, Neil Barraclough wrote: "Nothing goes to the regulator '
        'until I have signed it off."\n\n'
        "Renata Holm said the quake was shallow, at a depth of roughly 10km, which she said helped explain "
        "the damage.\n\n"
        "Court records show that the company paid the fine in May."
    )
    assert by_text(result, "ready to send two rescue teams").actor == "Pieter Hallgren"
    assert [c.text for c in result.claims if c.actor == "Neil Barraclough"] == [
        "Nothing goes to the regulator until I have signed it off."
    ]
    assert by_text(result, "quake was shallow").text == "the quake was shallow, at a depth of roughly 10km"
    assert by_text(result, "paid the fine").actor == "Court records"


def test_a_reporting_verb_inside_what_was_said_is_no_aside(extract):
    result = extract(
        "A third school, in the village of Ashcombe, had reported a suspected case, the agency said.\n\n"
        'Conrad Mulvaney accused the minister of hiding behind the science "when it suits her" and of leaving '
        "harbour towns to fend for themselves."
    )
    assert [c.actor for c in result.claims if c.actor == "a third school"] == []
    accused = by_text(result, "hiding behind the science")
    assert accused.text.endswith("leaving harbour towns to fend for themselves")


def test_beliefs_speculation_and_warnings_of(extract):
    result = extract(
        "Police believe the gang had visited the shop at least twice in the previous week.\n\n"
        "Some users speculated online that the app had been hit by a cyberattack.\n\n"
        "The spokesman, Lev Zarin, warned of further measures if Helmgard went ahead with its visa plan.\n\n"
        'The minister said she believed the talks would resume. "I think we will get there," she said.'
    )
    assert by_text(result, "visited the shop").actor == "Police"
    assert by_text(result, "hit by a cyberattack").actor == "Some users"
    assert by_text(result, "further measures").text == "further measures if Helmgard went ahead with its visa plan"
    appeal = extract(
        "Detective Inspector Priya Szabo-Whitlock urged anyone who recognised the grey hatchback seen in "
        "dashcam footage shown at the trial to contact the force."
    )
    assert appeal.claims[0].text.endswith("to contact the force")
    assert by_text(result, "she believed the talks would resume").actor == "the minister"
    assert not [c for c in result.claims if c.text.startswith("the talks would resume")]


def test_an_unnamed_source_a_pronoun_shows_to_be_a_woman_is_she(extract):
    result = extract(
        "Priya Nandakumar-Hale, a researcher at the Tamsin Institute, said she had seen no sign of an attack.\n\n"
        "A former Kestrel engineer, who asked not to be identified because she still works in the industry, "
        "said staff had warned managers last year. She accused the company of putting new features ahead of "
        "reliability."
    )
    assert by_text(result, "putting new features").actor == "a former Kestrel engineer"


def test_only_a_subjects_gender_is_read_and_estimates_speak_for_their_source(extract):
    result = extract(
        "President Anselm Korvath of Castrelia said the pipeline would end a decade of cold winters.\n\n"
        "Chancellor Mirela Dunsany of Varnholm, who stood beside him with her arms folded, called the deal "
        "practical. Asked about Korvath's tariffs, she said they had cost her mills a third of their orders.\n\n"
        "The president replied that the measures were legal, and he accused Varnholm of flooding his market "
        "with cheap steel.\n\n"
        "About 61,000 hectares of orchards were affected, according to preliminary estimates from the ministry."
    )
    assert by_text(result, "flooding his market").actor == "Anselm Korvath"
    assert by_text(result, "61,000 hectares").actor == "the ministry"


def test_quoted_as_saying_and_pledges_read_as_modifiers(extract):
    result = extract(
        "Ilie Vranceanu, president of the National Union of Fruit Growers, was quoted by the Agrinews agency "
        'as saying that the ministry\'s estimate was "too low by at least half".\n\n'
        'The housing minister, Sunniva Harrowgate, said last year that the government would "not be tempted by '
        'rent controls, which have failed wherever they have been tried." She pledged at the time to double the '
        "number of building permits issued in the four largest cities by 2026."
    )
    assert by_text(result, "too low by at least half").actor == "Ilie Vranceanu"
    pledge = by_text(result, "building permits")
    assert pledge.cue_lemma == "pledge" and pledge.text.startswith("double the number")


def test_an_outlet_quoting_someone_as_saying_relays_their_claim(extract):
    result = extract(
        "Deputy Foreign Minister Pavel Orekhov met the envoy on Monday. The Tass news agency quoted Orekhov as "
        "saying that Moscow saw no basis for a summit before the spring.\n\n"
        "State news agency IRNA quoted him as saying that the ceasefire would not be extended.\n\n"
        "The Ria agency quoted an unnamed ministry source as saying that a draft had already changed hands."
    )
    assert by_text(result, "no basis for a summit").actor == "Pavel Orekhov"
    assert by_text(result, "would not be extended").actor == "Pavel Orekhov"
    assert by_text(result, "a draft had already").actor == "the Ria agency"  # an anonymous source: the outlet


def test_the_occasion_of_saying_is_no_part_of_the_claim(extract):
    result = extract(
        "The minister warned that fuel prices would rise further, in remarks broadcast on state television.\n\n"
        "The chief executive said the plant would close next year, in an interview with the BBC.\n\n"
        "A witness said 40 people had died in a fire at a conference centre."
    )
    assert by_text(result, "fuel prices").text == "fuel prices would rise further"
    assert by_text(result, "the plant would close").text == "the plant would close next year"
    assert by_text(result, "40 people").text == "40 people had died in a fire at a conference centre"


def test_a_short_quote_after_a_colon_is_a_direct_quote(extract):
    result = extract(
        "Asked whether the minister retained the prime minister's confidence, the spokesman said: \u201cYes. "
        'Absolutely.\u201d\n\nAsked whether he would resign, Calloway said: "Absolutely not."'
    )
    for fragment, speaker in (("Yes. Absolutely.", "the spokesman"), ("Absolutely not.", "Calloway")):
        quote = by_text(result, fragment)
        assert (quote.actor, quote.kind, quote.text) == (speaker, "direct", fragment)


def test_a_report_citing_a_source_before_its_that_clause(extract):
    result = extract(
        "The Interfax news agency reported on Saturday, citing a senior defence official, that the convoy had "
        "turned back at the border."
    )
    reported = by_text(result, "the convoy had turned back")
    assert reported.actor == "the Interfax news agency" and reported.cue_lemma == "report"


def test_a_claim_denied_in_the_passive_is_the_agents_denial(extract):
    result = extract(
        "The minister's claim that recorded crime had fallen for a third year was rejected by the opposition, "
        "which said police figures showed a 12 percent rise.\n\n"
        "Reports that the plant would close were dismissed by the owners as speculation.\n\n"
        "The transfer fee was agreed by both clubs on Friday."
    )
    rejected = by_text(result, "recorded crime had fallen")
    assert (rejected.actor, rejected.polarity) == ("the opposition", "denied")
    dismissed = by_text(result, "the plant would close")
    assert (dismissed.actor, dismissed.polarity) == ("the owners", "denied")
    assert not any("fee" in c.text for c in result.claims)  # what is agreed does not speak


def test_a_quote_after_reported_speech_goes_on_with_that_speaker(extract):
    result = extract(
        "Marcus Bell, who lived on the third floor, said he had been in the building for eleven years. "
        '"Nobody has come in to test those detectors in all the time I have lived here.\n\n'
        '"Not the landlord, not the city, nobody."\n\n'
        'Prices will rise again in the spring, the minister said. "We have no choice at all, and nobody '
        'should pretend otherwise."\n\n'
        "Team doctor Ines Lindahl-Mercer said the operation had gone well but that he would not race for six weeks."
        '\n\n"He was lucky," she told reporters. "At that speed, in that light, we could be talking about a head '
        'injury."'
    )
    tested = by_text(result, "Nobody has come in to test")
    assert tested.actor == "Marcus Bell" and tested.kind == "direct" and tested.text.endswith("nobody.")
    assert by_text(result, "We have no choice").actor == "the minister"
    # 'said ... but that he would not race' tells nothing of the doctor's gender; the short quote
    # before the cue is reported speech, and the quote after it goes on with her words.
    assert by_text(result, "At that speed").actor == "Ines Lindahl-Mercer"


def test_narration_and_boilerplate_are_not_claims(extract):
    result = extract(
        "The minister did not provide any details about the call.\n"
        "Officials said the border would stay closed.\n"
        "A Message from The Daily Ledger:\n"
        "Dear readers,\n"
        "The authorities claim our work harms the state. We need your support to keep reporting.\n"
        "Remind me later.\n"
    )
    assert [c.text for c in result.claims] == ["the border would stay closed"]


def test_offsets_point_into_the_text_as_read(extract):
    text = "Headline here\r\n\r\nThe mayor said the water was safe to drink."
    result = extract_claims(text)
    document = result.documents[0]
    for claim in result.claims:
        assert document.text[claim.start : claim.end] == claim.text
    assert text.endswith(result.claims[0].text + ".")


def test_long_text_is_parsed_in_pieces_with_correct_offsets(extract):
    paragraph = "Police chief Omar Haddad said the road would reopen on Monday.\n"
    filler = "The river rose slowly through the night and the town waited.\n" * 800
    text = paragraph + filler + paragraph.replace("Monday", "Tuesday")
    result = extract(text)
    assert len(text) > 40_000
    last = by_text(result, "reopen on Tuesday")
    assert text[last.start : last.end] == last.text
    assert last.actor == "Omar Haddad"


def test_meeting_fixture_claims_and_actors():
    """The founding case: announced preparations vs 'no meeting was planned', both attributed."""
    folder = FIXTURES / "extraction" / "test"
    document = next(d for d in load_fixture_documents(folder) if d.id == "putin_zelensky_meeting")
    result = extract_claims(document)
    lavrov = by_text(result, "no meeting between President Vladimir Putin")
    trump = by_text(result, "preparations were underway for a face-to-face meeting")
    assert lavrov.actor == "Sergei Lavrov"
    assert trump.actor == "Donald Trump"


def test_extraction_quality_floors_on_test_part(extractor):
    """Floors on the held-out fixtures (benchmarks/extraction.py prints the full numbers)."""
    folder = FIXTURES / "extraction" / "test"
    documents = load_fixture_documents(folder)
    score = score_extraction(extractor.extract(documents), load_gold_claims(folder, documents))
    assert score.recall >= 0.85
    assert score.precision >= 0.85
    assert score.speaker_accuracy >= 0.85


def test_parallel_parsing_gives_the_same_claims_and_actors(extractor):
    """A corpus parsed by two processes yields exactly what one process yields, in order."""
    from consistency import ClaimExtractor

    documents = load_fixture_documents(FIXTURES / "extraction" / "test")
    assert len(documents) >= 4  # enough pieces for two parsers to start
    parallel = ClaimExtractor(processes=2).extract(documents)
    assert parallel.model_dump() == extractor.extract(documents).model_dump()


def test_actors_merge_across_documents(extractor):
    from consistency import Document

    result = extractor.extract(
        [
            Document(id="one", text="U.S. President Donald Trump said on Monday that talks would resume."),
            Document(id="two", text="Trump told reporters the talks had been productive."),
        ]
    )
    assert {c.actor_id for c in result.claims} == {"donald-trump"}
    assert [a.name for a in result.actors] == ["Donald Trump"]


def test_unnamed_source_is_referred_back_to(extract):
    result = extract(
        "A senior European diplomat said the talks had stalled. According to the diplomat, no venue had been agreed."
    )
    assert {c.actor for c in result.claims} == {"a senior European diplomat"}


def test_unquoted_statement_with_the_speaker_after(extract):
    claims = extract(
        "Saturday's crowd was 21,400, the club said, while the league said there were 18,950 paid admissions.\n\n"
        "The factory, the union said, will close in March."
    ).claims
    found = {c.text: c.actor for c in claims}
    assert found["Saturday's crowd was 21,400"] == "the club"
    assert found["there were 18,950 paid admissions"] == "the league"
    factory = next(c for c in claims if c.text.startswith("The factory"))
    assert factory.proposition == "The factory will close in March." and len(factory.segments) == 2


def test_partitive_speakers_participle_asides_and_place_names(extract):
    claims = extract(
        "Two of the minister's aides, who spoke on condition of anonymity, said she had been dismissed.\n\n"
        "Doctors in the town of Carrowby said on Monday that the water was contaminated, contradicting the "
        "water company.\n\n"
        "Rebel commander Ilir Baka said in a video posted online that there had been no violations at all."
    ).claims
    found = {c.text: c.actor for c in claims}
    assert found["she had been dismissed"] == "the minister's aides"
    assert found["the water was contaminated"] == "Doctors in the town of Carrowby"
    assert found["there had been no violations at all"] == "Ilir Baka"


def test_organisation_short_form_is_one_actor(extractor):
    result = extractor.extract(
        [
            Document(id="a", text="Helix Therapeutics said on Monday that its drug had met the trial goal."),
            Document(id="b", text="Doctors said the results were mixed. Helix said the trial would continue."),
        ]
    )
    helix = [c for c in result.claims if c.actor.startswith("Helix")]
    assert len(helix) == 2 and {c.actor for c in helix} == {"Helix Therapeutics"}
    assert len({c.actor_id for c in helix}) == 1


def test_a_differently_named_agency_is_another_actor(extract):
    result = extract(
        "The state news agency reported that the convoy had turned back at the border. The Yonhap news agency "
        "said on Monday that the launch had failed. The military intelligence agency said, without giving "
        "evidence, that the missiles had come from a third country. The Interfax news agency said the talks "
        "had stalled, and the Russian news agency later said a meeting was still possible."
    )
    assert by_text(result, "the launch had failed").actor == "the Yonhap news agency"
    assert by_text(result, "a third country").actor == "the military intelligence agency"
    assert by_text(result, "a meeting was still possible").actor == by_text(result, "talks had stalled").actor


def test_organisation_names_keep_their_linking_words(extract):
    result = extract(
        "Officials at the Bank of England said rates would stay on hold. The bank said inflation was falling. "
        "The Pilots' Guild warned that it would oppose the merger. Observers from the Organization for Security "
        "and Co-operation in Europe said voting had been orderly."
    )
    assert by_text(result, "rates would stay").actor == by_text(result, "inflation was falling").actor
    assert by_text(result, "rates would stay").actor == "Bank of England"
    assert by_text(result, "oppose the merger").actor == "Pilots' Guild"
    assert by_text(result, "voting had been orderly").actor.startswith("Organization for Security and Co-operation")
    guild = extract(
        "The Pilots' Guild of Britain warned that it would oppose the merger. The guild said talks had failed. "
        "Foreign Minister of Ukraine Dmytro Kuleba said the talks were over."
    )
    assert by_text(guild, "oppose the merger").actor == by_text(guild, "talks had failed").actor
    assert by_text(guild, "oppose the merger").actor == "Pilots' Guild of Britain"
    assert by_text(guild, "the talks were over").actor == "Dmytro Kuleba"


def test_role_named_after_its_prepositional_phrase(extract):
    """'The U.N. envoy for Sudan, Ramtane Lamamra, said': the parser hangs the name on 'Sudan'."""
    result = extract(
        "The U.N. envoy for Sudan, Ramtane Lamamra, said last week that talks would resume in Jeddah. "
        "The U.N. envoy said on Monday that famine conditions were spreading."
    )
    first, second = by_text(result, "talks would resume"), by_text(result, "famine conditions")
    assert first.actor == second.actor == "Ramtane Lamamra"
    assert "U.N. envoy" in result.actors[0].titles


def test_percent_sign_and_closing_quote_stay_in_the_claim(extract):
    result = extract('The company said profits had fallen by 12%. Smith wrote on X that the report was "fake news."')
    assert by_text(result, "profits had fallen").text == "profits had fallen by 12%"
    assert by_text(result, "the report was").text == 'the report was "fake news."'


def test_pronoun_settles_a_name_the_tagger_got_wrong(extract):
    """The small model tags a bare 'Smith' as an organisation and misses 'Gazprom'; 'he' and 'it'
    still find them."""
    result = extract(
        "Smith said the report was false. He later said that he would sue. "
        "Gazprom said gas flows would resume on Friday. It said repairs were complete."
    )
    assert by_text(result, "he would sue").actor == "Smith"
    assert by_text(result, "repairs were complete").actor == "Gazprom"
    kinds = {a.name: a.kind for a in result.actors}
    assert kinds == {"Smith": "person", "Gazprom": "organization"}


def test_participle_after_a_that_clause_belongs_to_the_speaker(extract):
    result = extract(
        "A company spokesperson denied that any such promise had been made, saying the 2023 agreement "
        "covered only the Zwickau plant."
    )
    assert by_text(result, "covered only the Zwickau plant").actor == "the company"


def test_opposing_a_plan_is_not_denying_a_claim_but_blaming_is_a_claim(extract):
    result = extract(
        "The union rejected the plan. The union also rejected claims that it had agreed to the cuts. "
        "The carmaker said it would cut jobs, blaming weaker demand for electric vehicles."
    )
    assert [c.text for c in result.claims if c.cue == "rejected"] == []
    assert by_text(result, "it had agreed to the cuts").polarity == "denied"
    assert by_text(result, "weaker demand").text == "weaker demand for electric vehicles"


def test_second_cue_joined_inside_the_first_claim_keeps_the_speaker(extract):
    result = extract(
        "The defence ministry said in a statement that its forces had not fired a single shot since the "
        "ceasefire began on June 1 and blamed government troops for the strike on Dolyna. Monitors from "
        "the Organisation for Regional Security said their patrol had recorded 37 explosions."
    )
    assert by_text(result, "government troops for the strike").actor == "the defence ministry"
    assert by_text(result, "37 explosions").actor == "Organisation for Regional Security"


def test_denial_of_the_allegations_takes_over_what_was_alleged(extract):
    result = extract(
        "Prosecutors alleged on Monday that Mayor Tom Hale had taken bribes from a construction firm.\n\n"
        "Hale denied the allegations in a statement on Tuesday.\n\n"
        "The firm said the contracts had been awarded fairly."
    )
    alleged, denial = by_text(result, "had taken bribes"), by_text(result, "the allegations")
    assert denial.text == "the allegations"  # where and when it was said belong to the cue
    assert denial.polarity == "denied" and denial.refers_to == alleged.id
    assert denial.proposition == alleged.proposition
    unlinked = by_text(extract("The minister denied the allegations."), "the allegations")
    assert unlinked.refers_to is None and unlinked.proposition == "the allegations"


def test_a_denial_of_that_assessment_denies_the_claim_just_before(extract):
    result = extract(
        "Environment minister Halvard Lind said the oil has not reached the coast. That assessment was "
        "disputed by the Port Ellery Fishermen's Association."
    )
    stated, denial = by_text(result, "not reached"), by_text(result, "That assessment")
    assert denial.polarity == "denied" and denial.refers_to == stated.id
    far = extract(
        "Environment minister Halvard Lind said the oil has not reached the coast. "
        + "The weather turned. " * 30
        + "That assessment was disputed by the Port Ellery Fishermen's Association."
    )
    assert by_text(far, "That assessment").refers_to is None
    two = extract(
        "Environment minister Halvard Lind said the oil has not reached the coast. He said floating booms "
        "would be deployed by Saturday. That assessment was disputed by the Port Ellery Fishermen's Association."
    )
    assert by_text(two, "That assessment").refers_to is None  # either could be meant


def test_a_document_speaks_for_whoever_issued_it(extract):
    result = extract(
        "According to a statement from the Health Ministry, 14 patients remain in intensive care. "
        "A report by Amnesty International said prisoners had been tortured."
    )
    assert by_text(result, "14 patients").actor == "Health Ministry"
    assert by_text(result, "prisoners had been tortured").actor == "Amnesty International"


def test_putting_a_toll_at_a_figure_is_a_claim(extract):
    result = extract(
        "The ministry put the death toll at 40, while local officials said at least 65 people had died. "
        "Insurers estimated the cost of the storm at $2 billion. He put the blame on the referee."
    )
    toll = by_text(result, "the death toll at 40")
    assert toll.actor == "the ministry" and toll.cue == "put"
    assert toll.proposition == "the death toll was 40"
    assert by_text(result, "the cost of the storm").proposition == "the cost of the storm was $2 billion"
    said = by_text(extract("Officials estimated that 300 homes at the coast were destroyed."), "300 homes")
    assert said.proposition == said.text  # an ordinary 'estimated that' clause is not a figure put at a number
    assert not [c for c in result.claims if "blame" in c.text]


def test_an_appositive_or_a_brand_name_says_it_is_an_organisation(extract):
    result = extract(
        "SkyLink, Europe's third-largest budget airline, said on Monday that cancellations had fallen. "
        "Kowalski, 54, said fares would rise. Asked whether SkyLink would pay compensation, she said "
        "every valid claim would be honoured."
    )
    kinds = {a.name: a.kind for a in result.actors}
    assert kinds["SkyLink"] == "organization"
    assert by_text(result, "every valid claim").actor == "Kowalski"


def test_a_denied_owners_figures_link_only_to_that_owner(extract):
    result = extract(
        "The regulator said fewer than a third of the cancellations were linked to air traffic control. "
        "NATS said delays caused by its systems had fallen 12%. "
        "The chief executive dismissed the regulator's figures. She also rejected NATS's figures."
    )
    regulator, nats = by_text(result, "fewer than a third"), by_text(result, "had fallen 12%")
    assert by_text(result, "the regulator's figures").refers_to == regulator.id
    assert by_text(result, "NATS's figures").refers_to == nats.id


def test_what_a_report_or_the_figures_find_is_a_claim_of_their_authors(extract):
    result = extract(
        "Figures from Eurostat show that returns remain below a fifth of all decisions. "
        "The inquiry concluded that the fire was caused by faulty wiring. Police found that the door had been forced."
    )
    assert by_text(result, "returns remain below").actor == "Eurostat"
    assert by_text(result, "faulty wiring").actor == "the inquiry"
    assert not [c for c in result.claims if "door" in c.text]  # what police found is narration


def test_findings_of_its_own_figures_are_the_owners_and_claimed_once(extract):
    """'The regulator said its own figures showed that A, and that B': 'said' and 'showed' both
    reach B; it is one claim, and the figures speak for their owner."""
    result = extract(
        "The Port Safety Board said its own figures showed that fewer than a third of the delays were "
        "caused by the strike, and that broken cranes accounted for most of the rest."
    )
    cranes = [c for c in result.claims if "broken cranes" in c.text]
    assert len(cranes) == 1
    assert cranes[0].actor == "Port Safety Board"
    assert {c.actor for c in result.claims} == {"Port Safety Board"}


def test_a_name_inside_what_was_said_is_not_the_next_he(extract):
    """The small tagger calls 'Kyiv' a person; as the subject of Solsky's claim it still must not
    take over the 'he said' that follows."""
    result = extract(
        "Ukraine's agriculture minister, Mykola Solsky, said Kyiv would keep shipping grain through "
        'its own corridor. "Our exports do not depend on anyone\'s goodwill," he said.'
    )
    assert by_text(result, "Our exports").actor == "Mykola Solsky"
    # With no other person about, the one named in what was said is the next 'he'; and a
    # capitalised 'Prosecutors' opening a sentence is a group, not a person.
    accused = extract("Prosecutors say Hale took bribes from a builder. He said he was innocent.")
    assert by_text(accused, "he was innocent").actor == "Hale"
    assert by_text(accused, "took bribes").actor == "Prosecutors"


def test_a_denial_in_apposition_denies_the_claim_it_follows(extract):
    """'X said P, an accusation Y has denied': P ends before the comma, and Y denies X's claim."""
    result = extract(
        "Moscow has repeatedly said that the northern ports are used to move weapons, an accusation "
        "Kyiv has denied. Prosecutors say Mayor Tom Hale took bribes from a builder, charges he denies. "
        "Police said the marchers had thrown stones, which the organisers denied."
    )
    for fragment, denier in (
        ("used to move weapons", "Kyiv"),
        ("took bribes", "Tom Hale"),
        ("thrown stones", "the organisers"),
    ):
        claim = by_text(result, fragment)
        assert "," not in claim.text and " which" not in claim.text
        denial = next(c for c in result.claims if c.refers_to == claim.id)
        assert (denial.actor, denial.polarity, denial.proposition) == (denier, "denied", claim.proposition)


def test_who_is_the_person_not_the_nearest_noun(extract):
    """The parser hangs 'who said' on 'plant'; the speaker is the union's representative."""
    result = extract(
        '"We have heard promises like this before," said Marta Ruiz, the union\'s representative at the '
        "plant, who said workers had been told in May that shifts would be cut from three to two."
    )
    assert by_text(result, "workers had been told").actor == "Marta Ruiz"


def test_a_joined_report_by_someone_else_is_their_claim(extract):
    result = extract(
        "Organisers said more than 60,000 people had taken part, and an independent monitoring group, the "
        "Archive of Public Gatherings, put the figure at around 45,000. Police estimated the crowd at 12,000."
    )
    organisers, archive = by_text(result, "60,000"), by_text(result, "45,000")
    assert organisers.text == "more than 60,000 people had taken part"
    assert archive.actor == "Archive of Public Gatherings" and archive.proposition == "the figure was around 45,000"
    assert by_text(result, "12,000").proposition == "the crowd was 12,000"


def test_accused_of_a_quoted_charge_after_a_report(extract):
    """'and he accused Y of "..."' joined to what he said is a claim of its own."""
    result = extract(
        "Julio Brenes said an officer had told him that crews could not be spared, and he accused the "
        'provincial government of "treating the hill villages as expendable".'
    )
    charge = by_text(result, "treating the hill villages")
    assert (charge.actor, charge.cue) == ("Julio Brenes", "accused")
    assert "accused" not in by_text(result, "crews could not be spared").text


def test_called_states_what_something_is_and_a_false_label_denies(extract):
    result = extract(
        "President Aleksandar Vucic has repeatedly called the protests an attempt by foreign-funded groups to "
        "seize power, a claim the organisers reject. The Kremlin spokesman called the Turkish account "
        '"pure invention".'
    )
    attempt = by_text(result, "an attempt by foreign-funded groups")
    assert attempt.proposition == "the protests were an attempt by foreign-funded groups to seize power"
    rejection = next(c for c in result.claims if c.refers_to == attempt.id)
    assert (rejection.actor, rejection.polarity) == ("the organisers", "denied")
    account = by_text(result, "the Turkish account")
    assert (account.polarity, account.cue) == ("denied", "called")


def test_said_it_was_not_true_that_is_a_denial(extract):
    result = extract(
        'A Halvern spokeswoman said it was "simply not true" that a quarter of patients had left the trial. '
        "The ministry said there was no truth to reports that troops had crossed the border. "
        "The mayor said it was true that the budget had been cut."
    )
    for fragment in ("a quarter of patients had left the trial", "troops had crossed the border"):
        claim = by_text(result, fragment)
        assert (claim.text, claim.polarity) == (fragment, "denied")
    assert by_text(result, "the budget had been cut").polarity == "asserted"


def test_according_to_a_role_then_its_holders_name(extract):
    result = extract(
        "Patients lost 9.8% of their weight on average, according to the study's lead author, Tomas Weber of "
        "the University of Leipzig. Weber said the company's figure was misleading."
    )
    claim = by_text(result, "9.8%")
    assert claim.actor == "Tomas Weber" and "Leipzig" not in claim.text
    assert {c.actor for c in result.claims} == {"Tomas Weber"}


def test_analysts_at_a_firm_are_they(extract):
    """The tagger calls 'Berenberg' a person; as where analysts work it is a firm, and 'they' it."""
    result = extract(
        "Analysts at Berenberg said the pill could reach sales of $5 billion a year by 2030 if approved, though "
        "they cautioned that the side-effect profile would be the key question for regulators."
    )
    assert {c.actor for c in result.claims} == {"Berenberg"}
    assert result.actors[0].kind == "organization"


def test_a_spokesman_for_an_organisation_speaks_for_it(extract):
    """'A spokesman for' is no title of the league: the league speaks, so 'the league' is it too."""
    result = extract(
        "A spokesman for the Northern League said the tax authority had filed a petition to wind up the club. "
        "The league said in March that Rovers had been barred from signing players."
    )
    assert {c.actor for c in result.claims} == {"Northern League"}
    (league,) = result.actors
    assert league.kind == "organization" and not league.titles


def test_with_one_side_saying_and_the_other_insisting(extract):
    result = extract(
        "Talks collapsed on Tuesday, with the dockers' union saying the operator had walked away from the table "
        'and the operator insisting it had made "a generous final offer." The operator said in a statement that it '
        "had offered a 6% pay rise over two years and that the union had rejected it without a vote."
    )
    assert by_text(result, "walked away").text == "the operator had walked away from the table"
    assert by_text(result, "a generous final offer").cue == "insisting"
    assert by_text(result, "rejected it without a vote").cue == "said"  # a that-clause of 'said', not lost


def test_titles_with_a_place_and_a_surname_met_first(extract):
    macron = extract("President of France Emmanuel Macron said Europe must rearm. Macron added that talks would go on.")
    assert {c.actor for c in macron.claims} == {"Emmanuel Macron"}
    assert macron.actors[0].titles == ("President of France",)
    trump = extract(
        "Trump said the talks were going well. U.S. President Donald Trump said on Monday that a deal was close. "
        "The president said later that tariffs would stay."
    )
    assert {c.actor for c in trump.claims} == {"Donald Trump"}


def test_data_from_a_body_is_its_finding(extract):
    """spaCy lemmatises 'data' to 'datum'; the finding is still NHS England's."""
    result = extract("But data from NHS England showed the waiting list rose by 42,000 in April to 7.62 million.")
    assert by_text(result, "the waiting list rose").actor == "NHS England"


def test_a_group_named_first_in_a_sentence_is_the_same_group_later(extract):
    """'Organisers' is capitalised only because it opens the sentence: not a name, one actor with
    'the organisers' who reject a claim later."""
    result = extract(
        "Police estimated the crowd at 12,000. Organisers said more than 60,000 people had taken part. "
        "The interior minister called the protest an attempt to seize power, a claim the organisers reject."
    )
    organisers = [a for a in result.actors if a.name.lower().endswith("organisers")]
    assert len(organisers) == 1 and organisers[0].kind == "group"
    assert {a.kind for a in result.actors if a.name == "Police"} == {"group"}
    assert by_text(result, "60,000").actor == by_text(result, "a claim").actor == organisers[0].name


def test_a_speaker_phrase_before_an_apposed_name_ends_at_its_last_word(extract):
    text = (
        "The mayor of Castleford, Joanne Pike, on Wednesday rejected an audit finding that the city's new bridge "
        "was running 40 million pounds over budget."
    )
    claim = extract(text).claims[0]
    assert claim.actor == "Joanne Pike" and claim.polarity == "denied"
    assert claim.speaker == text[claim.speaker_span.start : claim.speaker_span.end] == "The mayor of Castleford"


def test_a_unit_with_its_full_stop_ends_the_sentence(extract):
    """The tokenizer keeps the stop on 'km/h.', so without help the parser reads one sentence on and
    the 'according to' of the second takes in the first."""
    result = extract(
        "The weather office said the cyclone crossed the coast at 11:40 p.m. with sustained winds of 185 km/h. "
        "Gusts of up to 226 km/h were recorded at the airport, according to the disaster agency."
    )
    said = by_text(result, "crossed the coast")
    assert said.actor == "weather office" or said.actor.lower().endswith("weather office")
    assert said.text.endswith("185 km/h.") or said.text.endswith("185 km/h")
    gusts = by_text(result, "Gusts of up to")
    assert "crossed" not in gusts.text and gusts.kind == "according_to"


def test_a_surname_keeps_its_particles(extract):
    """'De Wit' opening a sentence is Pieter de Wit, not a 'De' titled Wit."""
    result = extract(
        "Union negotiator Pieter de Wit told reporters the talks had failed. De Wit said members had never been "
        "consulted. European Commission President Ursula von der Leyen said the bloc would help. "
        "Von der Leyen added that aid would arrive within days."
    )
    assert {c.actor for c in result.claims} == {"Pieter de Wit", "Ursula von der Leyen"}
    titles = {a.name: a.titles for a in result.actors}
    assert titles["Pieter de Wit"] == ("Union negotiator",)
    assert titles["Ursula von der Leyen"] == ("European Commission President",)


def test_a_role_speaker_named_later_in_the_article_is_that_actor(extract):
    """Cataphora: 'the provincial governor said' before 'Governor Reza Tabrizi told ...'; and an
    organisation's role ('The port operator, Maasport NV,') is a title its later 'the operator' finds."""
    result = extract(
        "The toll rose to 27, the emergency ministry said on Wednesday, but the provincial governor said the true "
        'figure was more than twice as high. "I have the lists from every district," Governor Reza Tabrizi told '
        "local television. The port operator, Maasport NV, said it had offered a 6% pay rise. Later the operator "
        "said the union had rejected it without a vote."
    )
    assert by_text(result, "more than twice as high").actor == "Reza Tabrizi"
    assert by_text(result, "rejected it without a vote").actor == "Maasport NV"
    assert {a.name: a.titles for a in result.actors}["Maasport NV"] == ("port operator",)


def test_a_name_cut_off_from_its_verb_by_an_aside_still_speaks(extract):
    """'Kemble, however, said': the tagger reads the unknown name as an adjective modifying 'said'."""
    result = extract(
        "Police chief Ruth Kemble spoke to reporters on Monday. Rao said the commission had secured the "
        "footage on the night. Kemble, however, said the force had not handed the footage to the commission "
        "until 12 March."
    )
    assert by_text(result, "had not handed the footage").actor == "Ruth Kemble"
    assert extract("On Friday, however, said the union was wrong.").claims == ()


def test_a_day_before_a_name_is_no_part_of_the_speaker(extract):
    """'On Monday Lomax said': the parser reads 'Monday Lomax' as one name after 'On'."""
    result = extract(
        "Environment officer Karen Lomax visited the river. On Monday Lomax said the pollution had affected "
        "about four miles of river. She added that fish had died. On Friday Brandt also warned that the mine may close."
    )
    assert by_text(result, "four miles").actor == by_text(result, "fish had died").actor == "Karen Lomax"
    assert by_text(result, "four miles").speaker == "Lomax"
    assert by_text(result, "the mine may close").actor == "Brandt"


def test_pointed_out_is_a_cue_and_pointed_to_is_not(extract):
    result = extract("She pointed out that the trust had reported a surplus. He pointed to rising costs.")
    assert [(c.cue, c.text) for c in result.claims] == [("pointed out", "the trust had reported a surplus")]


def test_according_to_inside_a_clause_keeps_both_sides(extract):
    result = extract(
        "By Tuesday morning, according to the airport's director, the airport was running a normal schedule. "
        "The runway, according to engineers, had not been damaged."
    )
    schedule = by_text(result, "normal schedule")
    assert schedule.kind == "according_to" and len(schedule.segments) == 2
    assert schedule.text == "By Tuesday morning the airport was running a normal schedule"
    assert by_text(result, "not been damaged").text == "The runway had not been damaged"


def test_a_cue_set_off_inside_its_clause_reports_the_clause(extract):
    """'By the afternoon, she told the committee, the number ...': the parser makes the cue the
    clause's complement, but it is an aside inside what was said."""
    result = extract(
        "Helga Brandvold said the firm had ignored warnings. By the afternoon, she told the committee, the number "
        "of complaints had passed 500."
    )
    claim = by_text(result, "complaints had passed 500")
    assert claim.actor == "Helga Brandvold" and claim.cue == "told"
    assert "told the committee" not in claim.text


def test_a_report_after_a_semicolon_is_its_own_claim(extract):
    result = extract(
        "Kestrenia says the dam threatens farms along its border; Valdoria says the water will be released "
        "on a fair schedule. Shikongo said three people had been arrested on Tuesday; on Thursday, he said, "
        "the number of arrests had risen to 11."
    )
    assert by_text(result, "threatens farms").actor == "Kestrenia"
    assert by_text(result, "fair schedule").actor == "Valdoria"
    assert by_text(result, "three people had been arrested").text == "three people had been arrested on Tuesday"
    assert by_text(result, "risen to 11").actor == "Shikongo"


def test_and_that_starts_a_claim_even_when_tagged_a_determiner(extract):
    result = extract(
        "Dr Helen Marsh said 63 children had been admitted since Friday, and that stool samples from 41 of them "
        "had tested positive for the same strain."
    )
    assert [c.text for c in result.claims] == [
        "63 children had been admitted since Friday",
        "stool samples from 41 of them had tested positive for the same strain",
    ]


def test_a_relative_clause_about_the_speaker_is_not_their_name(extract):
    text = (
        "Two people familiar with the owners' thinking, who asked not to be named because the process was "
        "confidential, said the club had drawn up a shortlist."
    )
    claim = extract(text).claims[0]
    assert claim.speaker == "Two people familiar with the owners' thinking"
    assert text[claim.speaker_span.start : claim.speaker_span.end] == claim.speaker


def test_one_of_a_group_named_by_apposition_is_that_person(extract):
    result = extract(
        "Former customers held handmade signs outside the court; one of them, retired teacher Marguerite Dossou, "
        'said she had lost her entire pension savings. "I trusted the app because it looked like a bank," she said.'
    )
    assert {c.actor for c in result.claims} == {"Marguerite Dossou"} and len(result.claims) == 2


def test_parses_that_hide_a_claim(extract):
    """Shapes the small parser gets wrong, each from a labelled fixture: 'has said' after a
    semicolon, 'called for X to do Y' read as a conjunction, the accused 'of cherry-picking
    messages', and 'has said since then that P' with 'that' read as a determiner."""
    result = extract(
        "It was widely reported before the vote that the government had paid bonuses to soldiers; Ilić has said "
        "since then that the payments had been planned for more than a year. Supporters' group Westbridge "
        "Together called for the owners to appear at a fans' forum. Castellanos accused prosecutors of "
        "cherry-picking messages. The city council has said since then that outdoor work would be suspended."
    )
    assert by_text(result, "planned for more than a year").actor == "Ilić"
    assert by_text(result, "paid bonuses").actor == "media reports"
    assert by_text(result, "fans' forum").cue == "called for"
    assert by_text(result, "cherry-picking").text == "prosecutors of cherry-picking messages"
    assert by_text(result, "outdoor work").text == "outdoor work would be suspended"


def test_a_company_described_beside_its_name_is_who_the_company_is(extract):
    result = extract(
        "Veltrix shares fell on Monday. Veltrix, the Glasgow-based smart lock company, said it was recalling "
        "80,000 locks after a firmware fault. The company said owners of older models were not affected."
    )
    assert {c.actor for c in result.claims} == {"Veltrix"}
    assert result.actors[0].kind == "organization"


def test_a_name_the_tagger_misreads_is_still_who_she_means(extract):
    result = extract(
        "The ministry awarded 14 contracts to companies linked to relatives of Public Works Minister Carmen "
        "Olivares, according to documents seen by this newspaper.\n\nOlivares, 54, who has held the portfolio "
        "since 2019, has not been charged with any offence. She rejected claims that she had intervened in the "
        "tender process, telling parliament that every contract had been lawful."
    )
    assert by_text(result, "intervened in the tender").actor == "Carmen Olivares"
    assert by_text(result, "every contract had been lawful").actor == "Carmen Olivares"


def test_a_person_set_beside_a_role_is_a_person(extract):
    result = extract(
        "But the country's Auditor General, Lucía Ferrand, said in a report on Tuesday that the scoring "
        "had been changed. Ferrand said she had recorded the remark in a memo."
    )
    assert {c.actor for c in result.claims} == {"Lucía Ferrand"}
    assert result.actors[0].kind == "person"


def test_a_sentence_read_as_one_long_name_keeps_its_speaker(extract):
    result = extract(
        "Opposition lawmaker Gabriela Montes, who chairs the public accounts committee, called for Olivares to "
        'step aside while the inquiry was under way. "If there is nothing to hide, there is nothing to fear," '
        "she said after the hearing."
    )
    assert by_text(result, "step aside").actor == "Gabriela Montes"
    assert by_text(result, "nothing to fear").actor == "Gabriela Montes"


def test_an_age_describes_the_person_just_named(extract):
    result = extract(
        "Kingsmere captain Rosa Delgado scored twice. Ashbury manager Declan Halloran was furious. "
        "The 48-year-old, who was shown a yellow card for "
        "protesting at full-time, insisted that the decision had changed the match. Delgado herself played "
        'down the injury. "It is sore, but I would have played on one leg today," the 31-year-old said.'
    )
    assert by_text(result, "changed the match").actor == "Declan Halloran"
    assert by_text(result, "played on one leg").actor == "Rosa Delgado"


def test_a_participle_inside_the_claim_is_part_of_it(extract):
    result = extract(
        "Priya said she had received an email from the company on March 1 telling her that her camera "
        "may have been visible to another account."
    )
    assert [c.text for c in result.claims] == [
        "she had received an email from the company on March 1 telling her that her camera may have been "
        "visible to another account"
    ]


def test_a_rally_speech_with_the_claim_read_as_the_listeners_clause(extract):
    result = extract(
        "Senator Rebecca Thornbury and her challenger, Mark Hollis, traded attacks over the weekend.\n\n"
        "At a union hall here on Saturday, Thornbury, a two-term Democrat, told "
        'several hundred supporters that Hollis had "spent thirty years shipping Wisconsin jobs to places he '
        "couldn't find on a map\" and accused him of hiding his tax returns because \"he knows exactly what's "
        'in them."'
    )
    spent = by_text(result, "shipping Wisconsin jobs")
    assert spent.actor == "Rebecca Thornbury" and spent.text.startswith("Hollis had")
    charge = by_text(result, "tax returns")
    assert charge.actor == "Rebecca Thornbury" and charge.text.endswith("exactly what's in them.\"")


def test_a_quoted_label_is_the_speakers_words(extract):
    result = extract(
        'A spokeswoman for the campaign, Alicia Fenn, dismissed the attack as "a desperate lie from a man who '
        'is losing the argument." Desmond Thale, 51, called the suit "a shameless attempt to rewrite history."'
    )
    assert by_text(result, "a desperate lie").actor == "Alicia Fenn"
    assert by_text(result, "a shameless attempt").actor == "Desmond Thale"


def test_a_challenge_to_act_is_a_claim(extract):
    result = extract(
        "Thornbury denied that her campaign had any contact with outside groups and challenged Hollis to "
        '"show the receipts or stop making things up."'
    )
    assert by_text(result, "any contact").polarity == "denied"
    assert by_text(result, "show the receipts").text.startswith("Hollis to")


def test_he_and_she_keep_to_the_people_the_text_made_them(extract):
    result = extract(
        "Marta Valadares orders the sardines. Her producer, Tobias Wren, who has worked with her since her "
        'debut, puts it more bluntly. "We ran out of money three times," he says. Samuel Okafor, the sales agent, '
        'is calmer. "Buyers wait for reviews," he says. "The film exists and people are watching it," she says.'
    )
    assert by_text(result, "ran out of money").actor == "Tobias Wren"
    assert by_text(result, "Buyers wait").actor == "Samuel Okafor"
    assert by_text(result, "people are watching").actor == "Marta Valadares"


def test_a_role_is_not_a_different_role_with_the_same_head(extract):
    result = extract(
        "Helen Marsh faced a rowdy session. The Prime Minister replied that she had inherited a system on the "
        "brink of collapse. Later the prisons minister, Daniel Okoro, told the Commons that 2,400 places had "
        "been created."
    )
    assert by_text(result, "inherited").actor != "Daniel Okoro"
    assert by_text(result, "2,400 places").actor == "Daniel Okoro"


def test_a_verb_inside_a_reported_clause_is_part_of_the_claim(extract):
    result = extract(
        "Allies of the home secretary insisted that she had argued against the extension in cabinet and had "
        "warned colleagues that police forces could not supervise the extra releases."
    )
    assert [c.text for c in result.claims] == [
        "she had argued against the extension in cabinet and had warned colleagues that police forces could not "
        "supervise the extra releases"
    ]


def test_a_quote_that_ends_its_sentence_is_not_attributed_by_the_next(extract):
    result = extract(
        'A spokesman, Trent Maddox, said the candidate would release more details "in the coming days." '
        "Maddox did not respond to a follow-up question."
    )
    assert [c.kind for c in result.claims] == ["indirect"]


def test_a_statement_named_for_a_body_is_that_bodys(extract):
    result = extract(
        "In Belmoria, a foreign ministry statement was quoted by the state news agency as saying that the country "
        "had never supplied weapons to any armed group."
    )
    assert result.claims[0].actor == "the foreign ministry"


def test_an_interviews_answers_are_the_interviewees_words(extract):
    text = (
        "Interview: Governor Ingrid Salo on rates\n\nBy Owen Marsh, Economics Editor\n\n"
        "Ingrid Salo has spent 18 months as governor of the National Bank. Many businesses say they need relief.\n\n"
        "Q: So when will rates come down?\n"
        "A: I am not going to give you a date. The committee does not expect a first cut before the autumn.\n\n"
        "Q: Many exporters say the currency is too weak. Is it?\n"
        "A: That is simply not what the data show.\n"
    )
    result = extract(text)
    answers = [c for c in result.claims if c.cue == "A:"]
    assert [c.text for c in answers] == [
        "I am not going to give you a date. The committee does not expect a first cut before the autumn.",
        "That is simply not what the data show.",
    ]
    assert {c.actor for c in answers} == {"Ingrid Salo"} and {c.kind for c in answers} == {"direct"}
    # A question claims nothing itself; what it says others said is theirs.
    relayed = [(c.actor, c.text) for c in result.claims if c.start > text.index("Q:") and c.cue != "A:"]
    assert relayed == [("Many exporters", "the currency is too weak")]


def test_an_interview_whose_guest_the_tagger_calls_an_organisation(extract):
    text = (
        "'We are running out of time': a conversation with Dr Amara Osei\n\n"
        "Dr Amara Osei has spent two decades studying aquifers. She spoke to us by video last week.\n\n"
        "Q: You have said that the city could run dry within a decade. How sure are you?\n\n"
        "A: Fairly sure. The main aquifer is falling by about a metre a year.\n\n"
        "Q: The ministry told us in a statement that the task force has met four times.\n\n"
        "A: Then I look forward to reading its report.\n"
    )
    result = extract(text)
    claims = [(c.actor, c.text) for c in sorted(result.claims, key=lambda c: c.start) if c.start > text.index("Q:")]
    assert claims == [
        ("Amara Osei", "Fairly sure. The main aquifer is falling by about a metre a year."),
        ("the ministry", "the task force has met four times"),
        ("Amara Osei", "Then I look forward to reading its report."),
    ]


def test_abbreviated_titles_and_clock_times_do_not_break_sentences(extract):
    result = extract(
        "The man was pronounced dead shortly after 2 a.m. He was a father of two, his relatives said. "
        "Police Chief Renee Castellano said Sgt. Draper had given a voluntary statement to detectives."
    )
    assert by_text(result, "father of two").text == "He was a father of two"
    assert by_text(result, "voluntary statement").text.startswith("Sgt. Draper had given")


def test_an_organisations_possessive_is_no_part_of_its_name(extract):
    result = extract(
        "The study relied on the Polar Observation Agency's Icewatch-2 satellite. A spokesperson for the agency "
        'said in an email that it was "actively exploring" ways to extend the mission.'
    )
    assert result.claims[0].actor == "Polar Observation Agency"


def test_curly_marks_read_like_straight_ones(extract):
    straight = (
        "The Tarrow Growers' Association said the study confirmed what its members had said for a decade. "
        "Dunleavy accused Marsh's allies on the city council of rushing to crown her before the count was complete."
    )
    curly = straight.replace("'", "’")
    plain, typographic = extract(straight), extract(curly)
    assert [(c.start, c.end, c.actor) for c in typographic.claims] == [(c.start, c.end, c.actor) for c in plain.claims]
    assert [c.text for c in typographic.claims] == [c.text.replace("'", "’") for c in plain.claims]
    assert by_text(typographic, "rushing to crown").actor == "Dunleavy"


def test_a_short_first_part_of_a_split_quote_joins_the_rest(extract):
    result = extract(
        "Opposition candidate Irina Dovlat called for protests. The opposition leader said late on Monday that she "
        'would challenge the result. "We will not," she said in a video address to supporters, "hand this country '
        'back to them without a fight."'
    )
    quote = by_text(result, "We will not")
    assert quote.text == "We will not hand this country back to them without a fight." and len(quote.segments) == 2
    assert {c.actor for c in result.claims} == {"Irina Dovlat"}


def test_court_register_cues_and_short_quoted_labels(extract):
    result = extract(
        "The Bombay High Court stayed the demand, observing that the department had passed its order without a "
        "hearing. Senior advocate Harish Menon submitted that the witnesses were never produced. The minister, "
        'Paul Henning, dismissed the claim as "complete fantasy".'
    )
    assert by_text(result, "without a hearing").actor == "Bombay High Court"
    assert by_text(result, "never produced").actor == "Harish Menon"
    assert by_text(result, "complete fantasy").kind == "direct"


def test_single_quotation_marks_in_british_style(extract):
    text = (
        "The Growers' Association chairman Tom Reilly was furious. ‘We’ve been let down by people who don’t "
        "understand farming,’ he said. ‘The minister promised us a fund. Where is it?’\n\n"
        "Ministers insisted the money was coming. 'It will be paid before the harvest,' said Farming Minister "
        "Ann O'Brien, who added that the scheme was 'the most generous in Europe'."
    )
    result = extract(text)
    first = by_text(result, "let down")
    assert (
        first.text
        == "We’ve been let down by people who don’t understand farming. The minister promised us a fund. Where is it?"
    )
    assert first.actor == "Tom Reilly" and first.kind == "direct"
    paid = by_text(result, "before the harvest")
    assert paid.text == "It will be paid before the harvest" and paid.actor == "Ann O'Brien"


def test_an_article_pasted_as_one_line_keeps_its_claims(extract):
    paragraphs = [
        "Rider safety row deepens after tunnel crash",
        '"We sent an email on Monday night saying the tunnel was dangerous," said team manager Henrik Vaalstad. '
        '"Nobody answered.',
        '"I want the tunnel gone." Race director Gilles Paravent said the route had been inspected three times.',
        "Reporting by Ana Lind; Editing by Tom Hale. Read more: cycling news.",
    ]
    for joined in ("\n\n".join(paragraphs), " ".join(paragraphs)):
        result = extract(joined)
        assert by_text(result, "tunnel was dangerous").actor == "Henrik Vaalstad"
        assert by_text(result, "inspected three times").actor == "Gilles Paravent"
        assert not any("Race director" in c.text for c in result.claims)  # the quote ended before it


def test_a_colon_lead_in_without_a_speech_verb(extract):
    result = extract(
        "Rovania's prime minister, Katarina Holm, whose country hosts several exiled opposition figures, was "
        'blunt: "This was not an election. It was a coronation with ballot papers."\n\n'
        'Amina Yusuf, the MP for Kelham North, put it more bluntly: "My constituents do not care whose fault '
        'this is."'
    )
    assert by_text(result, "a coronation").actor == "Katarina Holm"
    assert by_text(result, "My constituents").actor == "Amina Yusuf"


def test_criticism_for_something_is_a_charge(extract):
    result = extract('Opposition spokesman Greg Tolland slammed the Government for "letting this dispute drift".')
    assert result.claims[0].text.startswith("the Government for") and result.claims[0].actor == "Greg Tolland"


def test_a_that_clause_whose_subject_the_parser_hung_on_the_listener(extract):
    result = extract(
        'Anton Melnikov, the spokesman for the president, told a daily briefing that contacts "at the expert '
        'level" were under way, but he denied that any deal had been reached.'
    )
    assert by_text(result, "under way").text == 'contacts "at the expert level" were under way'


def test_single_marks_with_double_marks_inside(extract):
    result = extract(
        "‘I feel sick to my stomach,’ said Kerry Ashworth, 38, a mother of two. ‘The letter said my records were "
        "“secure”. They weren’t.’\n\nThe trust’s chief executive, Helen Marsh, said: ‘I want to apologise to "
        "every single patient.’"
    )
    assert by_text(result, "sick to my stomach").actor == "Kerry Ashworth"
    apology = by_text(result, "apologise")
    assert apology.text == "I want to apologise to every single patient." and apology.kind == "direct"


def test_a_firms_person_and_a_documents_compiler(extract):
    result = extract(
        '"It was a clear reminder," said Ana Ruiz, chief strategist at Brightwater Capital. Traders now see a '
        "38% chance of a cut in September, according to data compiled by Bloomberg. Kenji Harada, a currency "
        "strategist, said the yen would weaken. Brightwater's Ruiz was less sanguine. She said she now expected "
        "only one cut this year."
    )
    assert by_text(result, "38% chance").actor == "Bloomberg"
    assert by_text(result, "only one cut").actor == "Ana Ruiz"


def test_a_family_tie_names_the_person_it_was_given_to(extract):
    result = extract(
        "Mariam Haddad, 44, is rebuilding the house. Her son, Yusuf, 15, helps at weekends. Gareth Lewis, the "
        "council officer, says funding has been applied for. Back on Mill Lane, Mariam has chosen the tiles. "
        'Her son looks at the line on the wall. "We\'ll see whether the builders turn up on time," he says.'
    )
    assert by_text(result, "builders turn up").actor == "Yusuf"


def test_court_and_party_register(extract):
    result = extract(
        "Green MEP Jonas Feldkamp said the levy was long overdue. Circuit Judge Harold Benavides ruled that the "
        "account was admissible. Wade Pruitt told jurors he fired three times in quick succession."
    )
    assert by_text(result, "long overdue").actor == "Jonas Feldkamp"
    assert by_text(result, "admissible").actor == "Harold Benavides"
    assert by_text(result, "fired three times").text == "he fired three times in quick succession"


def test_a_one_word_subject_before_a_parenthetical_cue(extract):
    result = extract(
        "Workers, he says, are not choosing between fee structures. However, she said, the plan would go ahead."
    )
    assert [c.text for c in result.claims] == [
        "Workers are not choosing between fee structures.",
        "the plan would go ahead.",
    ]


def test_a_split_quote_interrupted_by_a_scene(extract):
    result = extract(
        'Marisol Vega founded the company in 2020. "We hired too fast in 2022, and we paid for it," she says, '
        'sitting in a glass-walled meeting room that she jokingly calls the fishbowl. "This year is about '
        'proving that the model works."'
    )
    assert len(result.claims) == 1 and len(result.claims[0].segments) == 2


def test_a_reason_after_a_parenthetical_cue_stays_in_the_claim(extract):
    result = extract(
        "The prompt was tested for two weeks and removed, she says, because users found it annoying. "
        "Turnout was 64 percent, the commission said, while the opposition put it at 40 percent."
    )
    assert (
        by_text(result, "prompt").text
        == "The prompt was tested for two weeks and removed because users found it annoying."
    )
    assert by_text(result, "Turnout").text == "Turnout was 64 percent"


def test_a_transcripts_turns_are_their_speakers_claims(extract):
    text = (
        "Presenter Clare Hebden spoke to Health Minister Grace Okonkwo and the opposition's health spokesman, "
        "Tom Aldous.\n\n"
        "HOST: The Hospital Doctors' Association said this morning that 14,000 patients waited over twelve hours.\n"
        "OKONKWO: I don't accept that the health service is in crisis.\n"
        "HOST: Mr Aldous?\n"
        "ALDOUS: The interim target won't be met, and the minister knows it.\n"
    )
    result = extract(text)
    turns = {c.text: c.actor for c in result.claims if c.kind == "direct"}
    assert turns == {
        "I don't accept that the health service is in crisis.": "Grace Okonkwo",
        "The interim target won't be met, and the minister knows it.": "Tom Aldous",
    }
    assert by_text(result, "14,000 patients").actor == "Hospital Doctors' Association"


def test_a_named_interviewers_questions_are_not_claims(extract):
    text = (
        "Dana Kovacs spoke to the festival's founder, Piet Holm, a week before the final edition.\n\n"
        "DANA KOVACS: When did you know the festival would end?\n"
        "PIET HOLM: In March, when the sponsor pulled out.\n"
        "KOVACS: You have been called stubborn. Is that fair?\n"
        "HOLM: Stubborn is what people call you when you are right too early.\n"
        "KOVACS: What happens to the site?\n"
        "HOLM: The council wants flats there, and it will get them.\n"
    )
    turns = {c.text: c.actor for c in extract(text).claims if c.kind == "direct"}
    assert turns == {
        "In March, when the sponsor pulled out.": "Piet Holm",
        "Stubborn is what people call you when you are right too early.": "Piet Holm",
        "The council wants flats there, and it will get them.": "Piet Holm",
    }


def test_labelled_update_lines_are_no_transcript(extract):
    text = (
        "Live: storm updates\n\nUPDATE: The river peaked at 4.2 metres, officials said.\nUPDATE: Power is back.\n"
        "UPDATE: Schools will reopen on Monday.\nCORRECTION: An earlier post misstated the river level.\n"
    )
    assert [(c.text, c.actor) for c in extract(text).claims] == [("The river peaked at 4.2 metres", "officials")]


def test_a_group_and_one_of_its_members(extract):
    result = extract(
        "Officials privately concede that the target will probably be missed by a wide margin, with one "
        "estimating that the final figure is more likely to be 1.1 million. Some backbenchers fear that the "
        "reforms will hand campaigners a grievance."
    )
    assert [(c.text, c.actor) for c in result.claims] == [
        ("the target will probably be missed by a wide margin", "Officials"),
        ("the final figure is more likely to be 1.1 million", "Officials"),
        ("the reforms will hand campaigners a grievance", "Some backbenchers"),
    ]


def test_an_organisation_role_with_its_modifier_and_a_short_label(extract):
    result = extract(
        "Bellandi Hospitality Group runs 14 restaurants. The Restaurant Workers Alliance, a labor group, wrote "
        "on X that cooks had not been paid the fee. The hospitality group rejected that account, saying the "
        "payments were listed on staff pay slips. According to screenshots shared by the food newsletter Plated Daily, "
        'the post stayed up for 40 minutes. Whitcombe called the accusation "a lie" on Wednesday.'
    )
    assert by_text(result, "listed on staff pay slips").actor == "Bellandi Hospitality Group"
    assert by_text(result, "a lie").kind == "direct"


def test_royal_styles_and_titles_name_one_person_each(extract):
    result = extract(
        "The Queen has withdrawn from public engagements after a fall, the palace said on Monday.\n\n"
        'His Majesty said his wife was "sore but in remarkably good spirits".\n\n'
        '"She is proving to be a thoroughly bad patient," the monarch said.\n\n'
        "The Prince of Wales said the family had been moved by the public's response. "
        '"We have all been told to stop fussing," the Prince told volunteers.\n\n'
        'In a handwritten note, Her Majesty thanked the staff for their help. "I am assured it will mend '
        'perfectly well," she wrote.'
    )
    assert by_text(result, "sore but").actor == "the King"
    assert by_text(result, "bad patient").actor == "the King"
    assert by_text(result, "stop fussing").actor == by_text(result, "the family had been moved").actor
    assert by_text(result, "will mend").actor == "the Queen"


def test_a_subject_read_as_the_object_of_said(extract):
    result = extract(
        "The palace said the Queen's remaining engagements before Christmas would be rescheduled "
        "wherever possible and that the King would carry out a planned visit to a hospice on Thursday."
    )
    assert by_text(result, "engagements before Christmas would be rescheduled").actor == "the palace"
    assert by_text(result, "the King would carry out").actor == "the palace"


def test_a_nationality_epithet_is_the_person_last_talked_about(extract):
    result = extract(
        "Rovers manager Javier Ruiz was furious after the match. The Spaniard, who joined in the summer, "
        "said his captain had told him the ball was out.\n\n"
        "Carden striker Emil Strand scored twice. The Danish forward rejected claims that Carden had been lucky."
    )
    assert by_text(result, "his captain had told him").actor == "Javier Ruiz"
    assert by_text(result, "Carden had been lucky").actor == "Emil Strand"


def test_clauses_before_a_closing_cue_and_clauses_of_time_are_the_speakers(extract):
    result = extract(
        "Revenue rose 6% to $4.12 billion, while net income fell to $610 million, the company said in a filing. "
        "When the first deputies arrived, the house was engulfed, the Sheriff's Office said."
    )
    assert by_text(result, "Revenue rose").text.endswith("net income fell to $610 million")
    assert by_text(result, "the house was engulfed").text.startswith("When the first deputies arrived")


def test_a_charge_whose_gerund_is_read_as_a_noun(extract):
    result = extract(
        "Commissioner Dale Rudnick was less measured. He accused the fire district's board of gambling with "
        "residents' lives to balance its books."
    )
    assert (
        by_text(result, "gambling").text
        == "the fire district's board of gambling with residents' lives to balance its books"
    )
    picking = extract(
        'Cllr Colin Pryce accused Tarrant Homes of "cherry-picking" rainfall data from drier years to make the site '
        "look safer than it was."
    )
    assert by_text(picking, "rainfall data").text.endswith("from drier years to make the site look safer than it was")


def test_per_names_a_source_but_not_a_rate(extract):
    result = extract(
        "The suspect fled on foot toward the river, per the Sheriff's Office. "
        "Per the fire chief, the blaze began in the garage. Shares rose 12 cents per share."
    )
    fled = by_text(result, "The suspect fled on foot")
    assert (fled.kind, fled.cue, fled.actor) == ("according_to", "per", "Sheriff's Office")
    assert by_text(result, "the blaze began in the garage").kind == "according_to"
    assert not [c for c in result.claims if "Shares rose" in c.text]


def test_a_surname_with_an_age_or_a_role_set_beside_it_is_a_person(extract):
    result = extract(
        "Hana Sorell, who chairs the commission, told reporters that turnout had reached 68 percent.\n\n"
        "Marrow, 63, a former finance minister, conceded shortly before 1 a.m. in a hotel ballroom.\n\n"
        '"I called Mr. Reyvik a few minutes ago to congratulate him," she said.'
    )
    assert by_text(result, "I called Mr. Reyvik").actor == "Marrow"


def test_who_said_after_a_role_and_its_name(extract):
    result = extract(
        "The cause was cancer, according to her publicist, Dana Whitcombe, who said the singer had been "
        "diagnosed last autumn."
    )
    assert by_text(result, "had been diagnosed last autumn").actor == "Dana Whitcombe"


def test_tribute_labels_are_the_speakers_words(extract):
    result = extract(
        'The songwriter Marcus Heath remembered her as "a force of nature". The mayor hailed the deal as '
        '"a turning point for the valley". The minister remembered the day clearly and praised the crews.'
    )
    assert by_text(result, "a force of nature").actor == "Marcus Heath"
    assert by_text(result, "a turning point").kind == "direct"
    assert not [c for c in result.claims if "crews" in c.text or "the day" in c.text]


def test_a_call_stops_where_the_speaker_labels_its_object(extract):
    result = extract(
        "Activist investor Colm Ridley called for the company to sell its loss-making consumer backup unit, "
        'which he described as "a distraction that nobody at headquarters wants to talk about."'
    )
    assert by_text(result, "to sell").text == "the company to sell its loss-making consumer backup unit"
    assert by_text(result, "a distraction").actor == "Colm Ridley"


def test_a_quote_that_only_asks_claims_nothing_but_names_who_speaks_next(extract):
    result = extract(
        'Reyvik spoke from a stage in the square. "Who told you this country could not change?" he shouted. '
        '"Tonight you answered them."\n\n'
        'Manager Javier Ruiz was furious. "What are they going to do, fine me for telling the truth?" Ruiz said. '
        '"We lost because of one bad call. Why?" he added.'
    )
    texts = [c.text for c in result.claims]
    assert not [t for t in texts if t.startswith(("Who told you", "What are they"))]
    assert by_text(result, "Tonight you answered them").actor == "Reyvik"
    assert by_text(result, "We lost").actor == "Javier Ruiz"


def test_the_person_a_sentence_opens_for_is_who_she_means(extract):
    result = extract(
        "Alicia Farrow, a spokesperson for the department, said the agency had opened a review.\n\n"
        "For Carol Vesey-Dunn, Harold Vesey's daughter, the numbers are beside the point. "
        "She said nobody from the home called her until the next morning."
    )
    assert by_text(result, "nobody from the home called her").actor == "Carol Vesey-Dunn"


def test_offices_named_beside_their_holders_and_plural_roles(extract):
    result = extract(
        "In one email, the administrator at Hollowbrook Gardens, Pamela Ostrowe, told a regional director that "
        "the home had been three aides short every night.\n\n"
        'Her producer, Tobias Wren, says it nearly collapsed. "We ran out of money three times," he says. '
        "The film cost about 2.4 million euros, according to its producers."
    )
    assert by_text(result, "three aides short").actor == "Pamela Ostrowe"
    assert by_text(result, "The film cost").actor != "Tobias Wren"


def test_said_after_a_contrasting_clause_is_that_clauses_subjects(extract):
    result = extract(
        "Lt. Col. Bohdan Sarkis, a spokesman for the General Staff, spoke on Tuesday. The Morvanian ministry "
        "claimed that more than 400 soldiers had been killed or wounded in the past week, while Sarkis put the "
        'losses at "several dozen" and said Morvania had lost at least 1,100 troops.'
    )
    assert by_text(result, "more than 400 soldiers").actor != by_text(result, "had lost at least 1,100").actor
    assert by_text(result, "had lost at least 1,100").actor == "Bohdan Sarkis"


def test_a_despite_phrase_after_a_denial_is_narration_and_passives_do_not_speak(extract):
    result = extract(
        "Wyndham Rovers have denied that a fee has been agreed with Brackenford City for the midfielder, despite "
        "mounting reports that the Norway international is closing in on a move."
    )
    denied = by_text(result, "a fee has been agreed")
    assert denied.text == "a fee has been agreed with Brackenford City for the midfielder"
    assert not [c for c in result.claims if c.actor.lower() == "a fee"]


def test_a_claim_the_parser_ends_inside_a_quote_runs_to_its_closing_mark(extract):
    result = extract(
        "Aalto rejected claims that Brussels was trying to split the bloc with side deals, saying the EU had "
        '"one offer, and it is the same offer for everyone".'
    )
    assert by_text(result, "one offer").text == 'the EU had "one offer, and it is the same offer for everyone"'


def test_a_pronoun_after_telling_someone_says_nothing_of_the_tellers_gender(extract):
    result = extract(
        "Aaron Telfer, 22, died in hospital. Sentencing him, Judge Miriam Colclough told the defendant that he had "
        'struck a young man who posed no threat. "You did not stop and you did not look back," the judge said. '
        "She added that the fall did nothing to reduce his responsibility."
    )
    assert by_text(result, "did nothing to reduce").actor == "Miriam Colclough"


def test_a_list_the_parser_splits_at_a_comma_stays_in_the_claim(extract):
    result = extract(
        "The national cyber agency said it was aware of the incident, and it urged customers to be wary of emails, "
        "text messages and phone calls claiming to come from Brightwater."
    )
    assert by_text(result, "to be wary").text.endswith(
        "text messages and phone calls claiming to come from Brightwater"
    )


def test_a_day_before_the_accused_is_no_charge_and_a_later_report_is_its_own(extract):
    result = extract(
        "Senate Democrats on Tuesday accused the White House of quietly freezing $2.3 billion in grants. "
        "The ministry denied that the outbreak had spread to the capital, after social media posts over the "
        "weekend claimed that two patients had been admitted with cholera symptoms."
    )
    assert by_text(result, "White House").text == "the White House of quietly freezing $2.3 billion in grants"
    assert by_text(result, "spread to the capital").text == "the outbreak had spread to the capital"
    assert by_text(result, "two patients had been admitted").actor == "social media posts"


def test_a_name_closing_a_long_subject_phrase_speaks(extract):
    result = extract(
        "In Mbuyuni, a fishing village of about 3,000 people on the lake shore, elder Samwel Obura Lukoye, 74, "
        "said through an interpreter that the village's only borehole had broken down in January."
    )
    assert by_text(result, "borehole").actor == "Samwel Obura Lukoye"


def test_a_second_that_clause_the_parser_breaks_apart_is_one_claim(extract):
    result = extract(
        "Tom Adeyemi, a spokesman for the charity, said the reception would go ahead as planned and that calls "
        "to its helpline had roughly doubled since news of the accident broke."
    )
    assert by_text(result, "go ahead").text == "the reception would go ahead as planned"
    assert (
        by_text(result, "helpline").text == "calls to its helpline had roughly doubled since news of the accident broke"
    )
    assert by_text(result, "helpline").actor == "Tom Adeyemi"


def test_a_question_after_reported_speech_is_no_claim(extract):
    result = extract(
        "The analyst Faridah Ismail was blunt. She estimated that the township would fetch closer to S$700 million "
        'in a forced sale. "Who is going to buy a half-finished township in Johor right now?" she asked.'
    )
    assert not [c for c in result.claims if c.text.startswith("Who is going")]
    assert by_text(result, "S$700 million").actor == "Faridah Ismail"


def test_what_happened_after_a_quote_and_a_relative_clause_with_a_cue_are_not_claims(extract):
    result = extract(
        "Pell addressed the legal action on air. 'If we have reached the point where a presenter cannot say a "
        "concert sounded a bit too perfect, then heaven help us all,' he said, before his co-host, Lorraine "
        "Adeyemi, moved the programme on to the weather.\n\n"
        "Dr. Hannelore Vasquez-Tiernan, an astronomer who was not involved in the mission, said the launch would "
        "add to a problem that many in her field had been warning about for years."
    )
    assert not [c for c in result.claims if "moved the programme" in c.text]
    problem = by_text(result, "would add to a problem")
    assert problem.actor == "Hannelore Vasquez-Tiernan"
    assert problem.text.endswith("had been warning about for years")


def test_a_condition_reason_or_purpose_hung_on_the_cue_belongs_to_the_claim(extract):
    result = extract(
        "Local shops joined the consumer group Fairdeal, which called on the regulator to reject the takeover "
        "unless the buyer sold its depots in Leeds and Hull. Its secretary, Mona Petrakis, criticised the plan "
        "and called for a hardship fund to help growers replace their wells. She accused the minister of "
        '"inventing enemies" to avoid answering for the failures of her own department. Tobias Lenk called the '
        'ruling "baffling" and accused the referees of "hiding behind screens" instead of taking charge of what '
        "happened in the match."
    )
    assert by_text(result, "reject the takeover").text.endswith("unless the buyer sold its depots in Leeds and Hull")
    assert by_text(result, "hardship fund").text.endswith("to help growers replace their wells")
    assert by_text(result, "inventing enemies").text.endswith(
        "to avoid answering for the failures of her own department"
    )
    assert by_text(result, "hiding behind").text.endswith("instead of taking charge of what happened in the match")


def test_unnamed_sources_keep_what_makes_them_sources(extract):
    result = extract(
        "According to people aware of the matter, the lender has begun talks with three banks. The bid stalled "
        "over the price, sources familiar with the talks said. Sources close to the striker say he has agreed terms."
    )
    assert by_text(result, "begun talks").actor == "people aware of the matter"
    assert by_text(result, "bid stalled").actor == "sources familiar with the talks"
    assert by_text(result, "agreed terms").actor == "Sources close to the striker"


def test_an_agency_credit_in_brackets_ends_the_dateline(extract):
    result = extract(
        "Guilty will not be spared, says CM\n\n"
        "Rewa, Jun 14 (PTI) Vindhya Pradesh Chief Minister Rajendra Sharma on Friday said that the state "
        "government would not spare anyone found guilty in the alleged leak of the examination paper, even as the "
        "opposition intensified its demand for his resignation."
    )
    assert by_text(result, "would not spare").actor == "Rajendra Sharma"


def test_a_quote_relayed_by_an_according_to_source_is_the_speakers_alone(extract):
    result = extract(
        "Ms. Okafor, who has spent the autumn shuttling between the two chambers, was blunter with a smaller "
        "group of senators afterward. “We did not negotiate for four months to watch the easiest part of this "
        "bill walk out the door,” she told them, according to a third person briefed on the exchange."
    )
    quoted = [c for c in result.claims if "four months" in c.text]
    assert [(c.actor, c.kind) for c in quoted] == [("Okafor", "direct")]


def test_a_closing_appositive_inside_the_quote_is_the_speakers(extract):
    result = extract(
        "Senator Ruth Kessler, the majority leader, has not decided whether to allow a separate vote. In public, "
        "Ms. Kessler has repeatedly said she wants “a bill that can pass, not a bill that makes a point”; on "
        "Wednesday she told reporters the schedule was still being worked out."
    )
    assert (
        by_text(result, "a bill that can pass").text
        == "she wants “a bill that can pass, not a bill that makes a point”"
    )


def test_a_link_line_before_a_cue_verb_is_no_claim(extract):
    result = extract(
        "READ ALSO: FAAN staff threaten strike over unpaid allowances\n\nThe minister said the row was over."
    )
    assert [c.text for c in result.claims] == ["the row was over"]


def test_a_backshifted_predicate_joined_to_the_cue_goes_on_with_the_claim(extract):
    result = extract(
        "He argued Mr Whitford could live with his aunt in Dubbo under strict conditions, and submitted that his "
        "client had been diagnosed with schizophrenia in 2019 and had stopped taking his medication in the weeks "
        'before the incident. Rakesh Bhandari said the government "respects the judiciary" and would study the '
        "order carefully before deciding on its next step."
    )
    assert by_text(result, "schizophrenia").text.endswith(
        "had stopped taking his medication in the weeks before the incident"
    )
    assert by_text(result, "judiciary").text.endswith(
        "would study the order carefully before deciding on its next step"
    )


def test_performers_named_by_their_fame_are_the_person_already_named(extract):
    result = extract(
        "Singer Lena Marsh and actor Tom Hale have separated, a rep for Marsh confirmed. Marsh appeared to "
        "address the strain in her marriage weeks before the filing. On an episode of her "
        'podcast, the "Glass Hearts" hitmaker told listeners she had been "going through a season of change". '
        "The singer said therapy had helped."
    )
    assert by_text(result, "season of change").actor == "Lena Marsh"
    assert by_text(result, "therapy had helped").actor == "Lena Marsh"


def test_a_headline_cut_off_inside_a_quote_gives_no_claim_and_no_error(extract):
    assert extract("Minister defends cod quota cut as fishing towns warn of 'lost").claims == ()


def test_lawyers_for_a_party_keep_whom_they_act_for(extract):
    result = extract(
        "Attorneys for the company argued in a motion that the families had waited too long to sue. "
        "Lawyers for the mayor said the charges were politically motivated."
    )
    assert by_text(result, "waited too long").actor == "Attorneys for the company"
    assert by_text(result, "politically motivated").actor == "Lawyers for the mayor"


def test_whom_a_question_names_is_not_who_answers(extract):
    result = extract(
        "Chancellor Priya Dhanda had argued in private for the change to begin next April. "
        "Housing Secretary Bridget Okonjo told the Today programme that the decision had been taken by the whole "
        'cabinet. Asked whether the chancellor had been overruled by the prime minister, she replied: "There was '
        'no overruling. We have been in the same room for every one of these conversations."'
    )
    assert by_text(result, "no overruling").actor == "Bridget Okonjo"


def test_a_long_speaker_phrase_after_a_quote_still_attributes_it(extract):
    result = extract(
        "\"What we're seeing is not a new bug, and it's not a more aggressive bug,\" Dr. Priya Venkataraman, an "
        "infectious disease specialist at Lakeshore Children's Hospital in Cleveland, told CNN."
    )
    assert by_text(result, "not a new bug").actor == "Priya Venkataraman"


def test_a_trailing_cue_read_as_an_adverbial_clause_still_reports(extract):
    result = extract(
        "The singer, 34, and the actor, 38, have separated after six years of marriage, a rep for Castell "
        "confirmed to PEOPLE on Thursday."
    )
    claim = by_text(result, "have separated")
    assert (claim.text, claim.actor) == (
        "The singer, 34, and the actor, 38, have separated after six years of marriage",
        "a rep for Castell",
    )


def test_a_clause_joined_by_and_after_a_parenthetical_cue_goes_on_with_the_claim(extract):
    result = extract(
        "Ruth Okonkwo-Blake designs houses that flood on purpose. Water comes in, she says, and water goes out, "
        "and nobody has to sleep in a sports hall for a fortnight. Turnout was 64 percent, the commission said, "
        "while the opposition said it had been lower."
    )
    claim = by_text(result, "Water comes in")
    assert claim.text.startswith("Water comes in water goes out")
    assert claim.text.rstrip(".").endswith("nobody has to sleep in a sports hall for a fortnight")
    assert by_text(result, "Turnout").text == "Turnout was 64 percent"


def test_a_first_name_tells_the_gender_the_text_does_not(extract):
    result = extract(
        "Ruth Okonkwo-Blake designs houses that let the water in. Her former business partner, the structural "
        "engineer Tobias Grenfell, remembers her early proposals being laughed out of planning committees. "
        "Grenfell, who left the practice in 2011, says the two of them still speak most weeks. "
        '"The mistake we made for a hundred years," she says, "was to think of water as an intruder."'
    )
    assert by_text(result, "an intruder").actor == "Ruth Okonkwo-Blake"


def test_first_names_with_a_clear_gender_only():
    from consistency.extract.first_names import gender_of_first_name

    assert [gender_of_first_name(n) for n in ("Tobias", "RUTH", "María", "Jordan", "Kofi")] == ["m", "f", "f", "", ""]


def test_q_lines_and_named_answers_make_a_transcript(extract):
    text = (
        "Press secretary Alana Whitfield defended the release at the daily briefing.\n\n"
        "Q: Is the president worried about how this looks, five months before an election?\n"
        "WHITFIELD: The president is worried about what people are paying for gas. That's it.\n"
        "Q: So the timing is a coincidence?\n"
        "WHITFIELD: The timing is May, and May is when prices go up.\n"
    )
    answers = [(c.actor, c.text) for c in extract(text).claims if c.kind == "direct"]
    assert answers == [
        ("Alana Whitfield", "The president is worried about what people are paying for gas. That's it."),
        ("Alana Whitfield", "The timing is May, and May is when prices go up."),
    ]


def test_accepting_or_reminding_with_a_clause_reports_and_a_possessor_speaks(extract):
    result = extract(
        "Declan Royce told jurors he had acted in self-defence. But he accepted under cross-examination that he had "
        "not called an ambulance. Judge Rachel Ainsworth reminded jurors they must not research the case online. "
        "The defendant accepted the offer of water. Janine Coles heard shouting that night. "
        '"I did not think much of it at first," her statement said.'
    )
    assert by_text(result, "ambulance").actor == "Declan Royce"
    assert by_text(result, "research the case").actor == "Rachel Ainsworth"
    assert not [c for c in result.claims if "offer of water" in c.text]
    assert by_text(result, "think much of it").actor == "Janine Coles"


def test_a_colon_or_an_including_list_after_the_claim_spells_it_out(extract):
    result = extract(
        "Writing in The Irish Times on Monday, economist Fionnuala Dwyer argued that the row exposed a deeper "
        "problem: the State still does not know how many homes are empty, or why. Tomas Herrera, a data engineer "
        "in Dublin, said in a LinkedIn post that his entire team of nine had been cut, including a colleague who "
        "was on parental leave."
    )
    assert by_text(result, "deeper problem").text.endswith("how many homes are empty, or why")
    assert by_text(result, "team of nine").text.endswith("including a colleague who was on parental leave")


def test_a_short_quoted_sentence_after_an_attributed_quote_goes_on_with_it(extract):
    result = extract(
        'Shaniqua Poole, 34, hid in a closet. "I am not ever going to doubt that phone again," Poole said, '
        'standing beside a pickup truck that had been rolled onto its side. "Not ever."'
    )
    quote = by_text(result, "doubt that phone")
    assert quote.text.endswith("Not ever.") and quote.actor == "Shaniqua Poole"


def test_an_outlet_that_understands_reports_and_a_statement_saying_speaks_for_its_issuer(extract):
    result = extract(
        "Sky Sports News understands Ashcombe submitted a deal sheet at 22:51. Stanbury Town have released a "
        'short statement saying they have "not received an acceptable offer" for any player. '
        "He understands that the deal is close."
    )
    assert by_text(result, "deal sheet").actor == "Sky Sports News"
    assert by_text(result, "acceptable offer").actor == "Stanbury Town"
    assert not [c for c in result.claims if "deal is close" in c.text]


def test_an_organisations_name_keeps_its_commas(extract):
    result = extract(
        "The Ministry of Land, Infrastructure, Transport and Tourism said the carmaker had submitted false data."
    )
    assert by_text(result, "false data").actor == "Ministry of Land, Infrastructure, Transport and Tourism"


def test_dismissing_reports_as_a_quoted_label_denies_what_they_report(extract):
    result = extract(
        'The ministry dismissed reports that the minister had resigned as "nonsense". A Treasury source dismissed '
        'reports that the chancellor had threatened to resign over the issue as "complete fiction".'
    )
    resigned = by_text(result, "minister had resigned")
    assert (resigned.text, resigned.polarity) == ("the minister had resigned", "denied")
    assert [(c.text, c.polarity) for c in result.claims if "threatened" in c.text or "chancellor" in c.text] == [
        ("the chancellor had threatened to resign over the issue", "denied")
    ]


def test_a_clauses_subject_hung_on_the_cue_still_starts_the_claim(extract):
    result = extract(
        "Fire Chief Rosalind Marsh said ambulance response times to neighborhoods east of the river could rise by "
        "four to six minutes."
    )
    assert by_text(result, "could rise").text == (
        "ambulance response times to neighborhoods east of the river could rise by four to six minutes"
    )


def test_saying_after_a_denied_report_is_the_deniers(extract):
    result = extract(
        "Kojo Antwi-Mensah runs the district health directorate. He denied local media reports that the district "
        "had been warned about the well in June, saying the first water-quality complaint reached his office on "
        "July 24."
    )
    assert by_text(result, "reached his office").actor == "Kojo Antwi-Mensah"


def test_a_word_of_the_quote_is_never_its_speaker(extract):
    result = extract("Fans rushed to support her! One wrote: ‘Queen behaviour! You deserve SO much better!!’")
    assert not [c for c in result.claims if c.actor.lower().startswith("queen")]


def test_her_voice_breaking_describes_the_speaker_and_is_no_claim(extract):
    result = extract(
        '"Maple Street is where I learned English," Castellanos said, her voice breaking. "When you talk about '
        'square footage, please remember that." "I didn\'t go out there," Pruitt said, his voice breaking, "to '
        'hurt anybody."'
    )
    texts = [c.text for c in result.claims]
    assert not [t for t in texts if "voice breaking" in t and "Maple" not in t and "go out" not in t]
    assert by_text(result, "Maple Street").actor == "Castellanos"
    assert by_text(result, "go out there").text.endswith("to hurt anybody.")


def test_a_clause_after_a_semicolon_without_a_report_of_its_own_goes_on_with_the_claim(extract):
    result = extract(
        "Adaeze Okafor says a healthy marsh is never really still; it creeps uphill a few inches a year. "
        "Officials said three people had been arrested; on Thursday, he said, the number had risen to 11."
    )
    assert by_text(result, "never really still").text.endswith("it creeps uphill a few inches a year")
    assert by_text(result, "three people").text == "three people had been arrested"


def test_a_finding_put_as_a_that_clause_by_whoever_weighs_the_evidence(extract):
    result = extract(
        "Senior coroner Helen Marsh-Oduya recorded a narrative conclusion. Ms Marsh-Oduya also found that an "
        "alert from a fetal heart monitor had gone unanswered for 47 minutes. She found the file in a drawer."
    )
    assert by_text(result, "gone unanswered").actor == "Helen Marsh-Oduya"
    assert not [c for c in result.claims if "drawer" in c.text]


def test_a_magazine_interview_with_title_case_labels(extract):
    text = (
        "Nell Harlow has not toured in two years. Speaking from a rented house in Marfa, Texas, the 31-year-old "
        "told the magazine that the surgery had left her unsure whether she would sing again.\n\n"
        "Photo: Ilse Moreno\n\n"
        "Rolling Stone: How is your voice?\n\n"
        "Harlow: It's different, but it's mine.\n\n"
        "Rolling Stone: Were you dropped by your label?\n\n"
        "Harlow: Nobody dropped anybody. We renegotiated.\n\n"
        "Photo: Ilse Moreno\n"
    )
    result = extract(text)
    answers = [(c.actor, c.text) for c in result.claims if c.kind == "direct"]
    assert answers == [
        ("Nell Harlow", "It's different, but it's mine."),
        ("Nell Harlow", "Nobody dropped anybody. We renegotiated."),
    ]
    assert by_text(result, "left her unsure").actor == "Nell Harlow"
    assert not [c for c in result.claims if "voice" in c.text or "Moreno" in c.text]


def test_names_of_speakers_as_news_sites_set_them(extract):
    result = extract(
        "According to her manager, Dana Whitcombe, Harlow turned down an offer to open for a stadium act. "
        'Salvatore "Sal" Iannotti, who worked beside him for 31 years, said the shop never closed early. '
        "Reacting, the Commissioner for Transportation, Dr Folake Ibikunle, said the ministry had held five meetings. "
        "Spain's National Association of Road Hauliers (ANTRAC) accused French police of standing by while "
        "drivers were harassed. Spanish media reported that two lorries had been emptied. Inspection reports show "
        "the unit was understaffed."
    )
    stadium = by_text(result, "stadium act")
    assert (stadium.actor, stadium.text) == ("Dana Whitcombe", "Harlow turned down an offer to open for a stadium act")
    assert by_text(result, "closed early").actor == "Sal Iannotti"
    assert by_text(result, "five meetings").actor == "Folake Ibikunle"
    hauliers = by_text(result, "French police")
    assert hauliers.actor == "Spain's National Association of Road Hauliers"
    assert hauliers.text == "French police of standing by while drivers were harassed"
    assert by_text(result, "lorries").actor == "Spanish media"
    assert by_text(result, "understaffed").actor == "Inspection reports"


def test_an_opening_phrase_read_as_the_subject_never_speaks(extract):
    result = extract(
        "Outside court, the victim's partner, Rosalind Teague, told reporters the sentence was too lenient. "
        "Police, firefighters and paramedics said the road would stay closed overnight."
    )
    assert by_text(result, "too lenient").actor == "Rosalind Teague"
    assert by_text(result, "stay closed").actor == "Police"


def test_a_month_read_as_a_subject_never_speaks(extract):
    result = extract(
        "Monica Sturdevant ran the unit. Sturdevant, who left the company that April, confirmed in a brief phone "
        "interview that she had written the message."
    )
    assert by_text(result, "written the message").actor == "Monica Sturdevant"


def test_pushing_back_on_a_notion_denies_it(extract):
    result = extract(
        "Press secretary Dana Whitlock pushed back on the notion that politics had driven the delay. "
        "The coach hit back at suggestions that he had lost the dressing room. Fans pushed back on Sunday."
    )
    pushed = by_text(result, "politics had driven")
    assert (pushed.text, pushed.polarity, pushed.cue) == ("politics had driven the delay", "denied", "pushed back on")
    assert by_text(result, "dressing room").polarity == "denied"
    assert len(result.claims) == 2


def test_listeners_urged_and_a_conceded_caution_are_read_apart(extract):
    result = extract(
        "Walter Greaves, 71, told commissioners he had driven to a similar campus to hear it for himself. "
        "Terrence Okafor spoke to reporters. He urged anyone with information to go to the police. "
        "Teresa Halvorsen said the county had begun talks and that a study could be completed within 30 days, "
        "though she cautioned that the timeline depended on access to test wells. Achterberg added that longer "
        "records would be needed to rule out natural variability."
    )
    assert by_text(result, "similar campus").actor == "Walter Greaves"
    assert by_text(result, "go to the police").text == "anyone with information to go to the police"
    assert by_text(result, "a study could").text == "a study could be completed within 30 days"
    assert by_text(result, "timeline").cue == "cautioned"
    assert by_text(result, "longer records").text.endswith("to rule out natural variability")


def test_titles_and_names_from_many_newsrooms(extract):
    result = extract(
        "Minister for Housing Declan Furlong said the scheme would work. Labour TD Pádraig Kiely said the "
        "families were nurses. Mr Kiely said he would raise it on Wednesday. Local MLA Shri Rajendra Mhatre said he "
        "had written to the commissioner."
    )
    assert by_text(result, "scheme would work").actor == "Declan Furlong"
    assert by_text(result, "nurses").actor == "Pádraig Kiely"
    assert by_text(result, "raise it").actor == "Pádraig Kiely"
    assert by_text(result, "written to the commissioner").actor == "Rajendra Mhatre"


def test_an_east_asian_name_is_found_again_by_its_family_name(extract):
    result = extract(
        "Chief Executive Vincent Tsang Wing-hong said the proposal was careful. Tsang said it would pass. "
        "Hsu Pei-ling, a council spokesperson, told reporters the reaction was predictable. She said talks "
        "remained possible."
    )
    assert {c.actor for c in result.claims} == {"Vincent Tsang Wing-hong", "Hsu Pei-ling"}
    assert by_text(result, "talks").actor == "Hsu Pei-ling"


def test_a_nationality_with_what_someone_does_refers_back(extract):
    result = extract(
        'Ambassador Fatoumata Jallow-Ndiaye said the expulsion was bad news. "Our role," the Gambian diplomat '
        'said, "is to keep people talking."'
    )
    assert {c.actor for c in result.claims} == {"Fatoumata Jallow-Ndiaye"}


def test_begum_is_a_woman_s_honorific(extract):
    result = extract("Begum Khokhar said the opposition had submitted a resolution.")
    assert [(a.name, a.kind) for a in result.actors] == [("Begum Khokhar", "person")]


def test_a_short_quote_opening_its_sentence_is_a_direct_quote(extract):
    result = extract('Danny Okafor spoke after the game. "We go again," Okafor said.')
    quote = by_text(result, "We go again")
    assert quote.kind == "direct" and quote.actor == "Danny Okafor"
    (label,) = extract('The so-called "reform," critics said, would cost jobs.').claims
    assert label.kind == "indirect"  # a quoted word inside the sentence is no quote of its own


def test_an_accusation_of_a_deed_named_by_a_noun(extract):
    result = extract(
        "Colonel Abdoulaye Sissoko announced the expulsion on television, accusing the diplomat of "
        '"repeated interference" in the country\'s affairs.'
    )
    charge = by_text(result, "interference")
    assert charge.actor == "Abdoulaye Sissoko" and charge.cue_lemma == "accuse"


def test_but_that_read_as_a_determiner_still_opens_a_second_claim(extract):
    result = extract(
        "A spokesperson for the European Commission said it was aware of the case but that enforcement "
        "rested with national authorities. The minister said the plan was sound, but that decision was "
        "later reversed."
    )
    assert by_text(result, "enforcement").text == "enforcement rested with national authorities"
    assert not any("reversed" in c.text for c in result.claims)  # after a comma, the writer's


def test_a_quote_that_ends_a_demand_is_part_of_it(extract):
    result = extract(
        'Minister Maria Ortiz said the talks were useful and called on Washington to "match its words with deeds."'
    )
    demand = by_text(result, "match its words")
    assert demand.kind == "indirect" and demand.text.startswith("Washington to")


def test_what_the_speaker_did_after_a_quoted_claim_is_the_writer_s(extract):
    result = extract(
        'Analyst Keiko Tanabe wrote that the delay "removes $400 million from our estimate" and lowered her '
        "price target to $142. The minister said the plan works and saved money last year."
    )
    assert by_text(result, "the delay").text == 'the delay "removes $400 million from our estimate"'
    assert by_text(result, "the plan").text == "the plan works and saved money last year"


def test_a_nationality_the_tagger_calls_a_name_refers_back(extract):
    result = extract('Manager Rhys Calloway said the striker was fine. "He will play," the Welshman said.')
    assert {c.actor for c in result.claims} == {"Rhys Calloway"}


def test_every_word_after_a_form_of_address_is_the_name(extract):
    result = extract(
        "Dr Naveed Ahmad Qureshi said the price remained unchanged. Dr Qureshi added that sale points would open."
    )
    assert [a.name for a in result.actors] == ["Naveed Ahmad Qureshi"]


def test_a_label_given_by_termed_or_branded_is_the_speaker_s_words(extract):
    result = extract(
        'Opposition leader Shahida Khokhar termed the press conference "an eyewash" and alleged that the '
        'favourites were behind the hoarding. Critics branded the plan "a betrayal of voters". The company '
        "branded its new phones as premium devices."
    )
    assert [(c.actor, c.cue_lemma, c.text) for c in result.claims if c.cue_lemma in {"term", "brand"}] == [
        ("Shahida Khokhar", "term", "an eyewash"),
        ("Critics", "brand", "a betrayal of voters"),
    ]


def test_an_office_with_of_in_its_name_is_a_title(extract):
    result = extract(
        "Leader of the Opposition Begum Shahida Rana Khokhar alleged that the favourites were behind the "
        'hoarding. "They are raiding small shops," she claimed.'
    )
    assert [(a.name, a.kind, a.titles) for a in result.actors] == [
        ("Begum Shahida Rana Khokhar", "person", ("Leader of the Opposition",))
    ]
    assert {c.actor for c in result.claims} == {"Begum Shahida Rana Khokhar"}


def test_a_family_name_written_first_is_found_again_alone(extract):
    result = extract(
        "Foreign ministry spokesperson Lin Jiawen said China firmly opposed the sale. Lin said the move was "
        "wrong. Professor Li Haoran told reporters the sale was a mistake. According to Li, most countries "
        "do not want to choose sides."
    )
    assert {c.actor for c in result.claims} == {"Lin Jiawen", "Li Haoran"}


def test_the_first_of_two_family_names_is_found_again_alone(extract):
    result = extract(
        "President María Fernanda Ortiz Villalba said on Tuesday that she would not resign. Ortiz later told "
        "supporters that the charges were false. The motion was filed by the opposition leader, Juan Carlos "
        "Herrera Quintana. Herrera told reporters he had the votes. Mary Ann Coyle said the count was fair."
    )
    assert [c.actor for c in result.claims] == [
        "María Fernanda Ortiz Villalba",
        "María Fernanda Ortiz Villalba",
        "Juan Carlos Herrera Quintana",
        "Mary Ann Coyle",
    ]
    assert next(a for a in result.actors if a.name.startswith("María")).titles == ("President",)


def test_a_gendered_title_picks_which_namesake_a_surname_means(extract):
    result = extract(
        "Aaron Telfer died in hospital. His mother, Denise Telfer, said the family had been hollowed out. "
        "Aaron Telfer was 19. Mrs Telfer said she had not been able to return to work."
    )
    assert by_text(result, "return to work").actor == "Denise Telfer"


def test_a_cue_the_parser_hangs_on_an_aside_keeps_its_speaker(extract):
    result = extract(
        "National coach Dario Benedetti said the striker will play on Thursday. Manager Rhys Cole, asked "
        "about those comments, said flatly that the striker would not play for the national team this month."
    )
    assert by_text(result, "would not play").actor == "Rhys Cole"


def test_a_quoted_fragment_of_a_reported_sentence_and_a_clause_read_as_an_object(extract):
    result = extract(
        "Home Office minister Priya Lambton spoke on Monday. An external supplier had carried out a routine "
        'software update on Friday evening which had "not gone as planned", she added. The Home Office said a '
        'full review of what went wrong would be published "in due course". The company called the suit '
        '"meritless".'
    )
    update = by_text(result, "software update")
    assert update.kind == "indirect" and update.text.startswith("An external supplier")
    assert not [c for c in result.claims if c.text == "not gone as planned"]
    assert by_text(result, "full review").text.startswith("a full review of what went wrong would be published")
    assert by_text(result, "meritless").text == "meritless"


def test_a_public_radio_transcript_with_host_and_reporter_narration(extract):
    text = (
        "Wells are running dry in a farm town\n\n"
        "LEILA HARTMAN, HOST:\n\nResidents say their wells started failing last year.\n\n"
        "NATE OSTROWSKI, BYLINE: Luz Adame keeps a row of plastic jugs on her porch.\n\n"
        "LUZ ADAME: The water just stopped. It wasn't the pump.\n\n"
        "OSTROWSKI: It was the well. A driller told her the water table had dropped 40 feet.\n\n"
        "Gil Brandt chairs the county board of supervisors.\n\n"
        "GIL BRANDT: I don't have a padlock. The state never gave us one.\n\n"
        "OSTROWSKI: Those management areas cover Phoenix and Tucson.\n"
    )
    turns = [(c.actor, c.text) for c in extract(text).claims if c.kind == "direct"]
    assert turns == [
        ("Luz Adame", "The water just stopped. It wasn't the pump."),
        ("Gil Brandt", "I don't have a padlock. The state never gave us one."),
    ]


def test_a_participle_after_an_interrupted_claim_and_titles_joined_before_a_name(extract):
    result = extract(
        "Matthias Ehrenfeld spoke on the call. Orders in North America, he said, rose 7%, helped by demand for "
        "cooling systems at data centres. Co-founder and CEO Aditi Raman says customers save 11 hours a week. "
        "The mayor and Councillor Smith said the plan was sound."
    )
    assert by_text(result, "Orders").text.startswith("Orders in North America rose 7%, helped by demand")
    assert by_text(result, "11 hours").actor == "Aditi Raman"
    assert by_text(result, "plan was sound").actor == "the mayor"


def test_what_someone_reckons_or_laments_is_their_claim(extract):
    result = extract(
        "The central bank reckons that the worst is behind it. Union leaders lamented that the talks had "
        "collapsed. I reckon it will rain."
    )
    assert [(c.actor, c.text) for c in result.claims] == [
        ("the central bank", "the worst is behind it"),
        ("Union leaders", "the talks had collapsed"),
    ]


def test_a_name_after_a_constituency_list_holds_the_seat(extract):
    result = extract(
        "Scottish Labour MSP for Ardvale and Kirkmuir, Craig Dunlop, who first raised the case, accused the "
        "government of sitting on its hands for two years."
    )
    assert by_text(result, "sitting on its hands").actor == "Craig Dunlop"


def test_media_named_with_a_hyphenated_qualifier(extract):
    result = extract(
        "The cabinet met on Sunday. Hebrew-language media reported that the draft would allow a phased release."
    )
    assert by_text(result, "phased release").actor == "Hebrew-language media"


def test_who_a_question_names_and_a_relative_by_kinship_are_not_what_a_pronoun_means(extract):
    result = extract(
        "Kremlin spokesman Arkady Belonogov spoke to reporters. Belonogov, asked whether Putin and President "
        'Volodymyr Zelensky could meet, said a meeting was possible. "A photograph is not something the president '
        'needs," he said. Yael Ben-Ami, whose brother Itai has been held for two years, said the families were '
        'exhausted. "We need our people home," she told Axios.'
    )
    assert by_text(result, "photograph").actor == "Arkady Belonogov"
    assert by_text(result, "people home").actor == "Yael Ben-Ami"


def test_a_second_that_clause_hung_on_the_cue_and_an_accused_after_a_misread_adjective(extract):
    result = extract(
        "Sartoris' spokesman, Yuri Lenk, told state news agency VNA that reports of a peace plan were "
        '"fabrications designed to sow discord" and that Veshtan\'s conditions for a settlement were well known. '
        'Belvania has accused neighbouring Karsonia of using gas supplies as "a weapon", after the company cut '
        "deliveries."
    )
    assert (
        by_text(result, "conditions for a settlement").text == "Veshtan's conditions for a settlement were well known"
    )
    assert by_text(result, "gas supplies").actor == "Belvania"


def test_thanking_after_a_backshifted_claim_is_the_speakers_act(extract):
    result = extract(
        "President Anton Velik said the election had been “free, fair and peaceful” and thanked voters for their "
        "patience. The company said it had stopped production and laid off 200 workers. Lind said Marrow had "
        "telephoned the former mayor and offered her congratulations."
    )
    assert by_text(result, "election").text == "the election had been “free, fair and peaceful”"
    assert by_text(result, "stopped production").text.endswith("laid off 200 workers")
    assert by_text(result, "telephoned").text.endswith("offered her congratulations")


def test_a_short_answer_and_the_sentences_its_speaker_goes_on_with_are_one_quote(extract):
    result = extract(
        'Terrence Okafor, 27, spoke outside the house. "Somebody saw something," he said. "Somebody always sees '
        'something."'
    )
    quote = by_text(result, "Somebody saw")
    assert (quote.actor, quote.kind) == ("Terrence Okafor", "direct")
    assert quote.text.endswith("Somebody always sees something.")


def test_what_a_statement_read_and_how_a_diplomat_put_it(extract):
    result = extract(
        "Halcyon Pictures issued a statement on Friday. “We have enormous respect for Imogen and her work,” the "
        "statement read. Analysts were split. “That is not a compromise, it is a postponement,” as one diplomat "
        "involved in the talks put it. He read the report twice."
    )
    assert by_text(result, "enormous respect").cue == "read"
    assert by_text(result, "postponement").actor == "one diplomat"
    assert len(result.claims) == 2


def test_clarifying_informing_and_reassuring_report(extract):
    result = extract(
        "A spokesperson for the Commission later clarified that no decision on payments had been taken. The "
        "ministry informed parliament that the plant would close. He reassured investors that the bank was solvent."
    )
    assert [c.cue for c in result.claims] == ["clarified", "informed parliament", "reassured investors"]


def test_a_second_that_clause_whose_verb_is_itself_a_cue_word(extract):
    result = extract(
        "Farming minister Claire Dowd told the Commons that the contracts were covered by the rules, and that "
        "farmers who believed their terms had been breached should report it to the adjudicator."
    )
    assert [c.text for c in result.claims] == [
        "the contracts were covered by the rules",
        "farmers who believed their terms had been breached should report it to the adjudicator",
    ]


def test_a_participle_followed_by_and_that_is_still_what_was_said(extract):
    result = extract(
        "Lucia Brennan-Sato spoke. She argued that wage growth is a lagging indicator, reflecting catch-up for "
        "past price increases, and that it will fade as contracts roll off."
    )
    assert [c.text for c in result.claims] == [
        "wage growth is a lagging indicator, reflecting catch-up for past price increases",
        "it will fade as contracts roll off",
    ]


def test_a_name_made_the_subject_of_a_participle_aside_still_speaks(extract):
    result = extract(
        "Tomas Ferreira-Bell was asked about it. Ferreira-Bell, widely tipped to challenge Prime Minister Edvard "
        "Sollis for the leadership, denied that he was positioning himself for a run."
    )
    denial = by_text(result, "positioning himself")
    assert (denial.actor, denial.polarity) == ("Tomas Ferreira-Bell", "denied")


def test_a_bare_relative_with_a_speech_verb_is_part_of_the_claim(extract):
    result = extract(
        "Oduya's lawyer, Bennett Salisbury, told the jury that every word his client said on the podcast was true. "
        "Raman said customers churned at less than 2% a month, a figure she described as “very good”."
    )
    assert by_text(result, "every word").text == "every word his client said on the podcast was true"
    assert "described" not in by_text(result, "churned").text


def test_speaker_names_keep_hyphens_and_drop_acronyms_and_descriptions(extract):
    result = extract(
        "Javier Molina-Reyes, who has represented the winger since he was 16, denied that his client had agreed terms. "
        "Inflation eased to 4.6 percent, according to the Kenya National Bureau of Statistics (KNBS). "
        "A senior official of Komeito, the LDP's junior coalition partner, said the party's base was frustrated. "
        "But a pal of Demi's hit back, denying that the singer had ever received a save-the-date card. "
        "A spokeswoman for St. Aurel University Hospital, Dr. Mirela Sandoval-Kiss, said 43 people had been treated."
    )
    assert by_text(result, "agreed terms").actor == "Javier Molina-Reyes"
    assert by_text(result, "Inflation eased").actor == "Kenya National Bureau of Statistics"
    assert by_text(result, "base was frustrated").actor == "a senior official of Komeito"
    assert by_text(result, "save-the-date").actor == "a pal of Demi's"
    assert by_text(result, "43 people").actor == "Mirela Sandoval-Kiss"


def test_a_closing_according_to_vouches_only_for_the_clause_after_other_claims(extract):
    result = extract(
        'Hamas said Sunday that talks on a new ceasefire were "closer than ever" to an agreement, but Israel\'s '
        "prime minister's office denied reports that a deal had been reached, as strikes across the territory "
        "killed at least 19 people, according to the civil defence agency."
    )
    assert by_text(result, "closer than ever").actor == "Hamas"
    denied = by_text(result, "deal had been reached")
    assert denied.text == "a deal had been reached" and denied.polarity == "denied"
    toll = by_text(result, "killed at least 19")
    assert toll.text == "strikes across the territory killed at least 19 people"
    assert toll.kind == "according_to" and "civil defence agency" in toll.actor


def test_a_name_the_parser_apposes_to_an_opening_participle_phrase_speaks(extract):
    result = extract(
        "Speaking at a regular press briefing in Geneva, Director-General Dr Lucía Ferreira-Mensah said the "
        "organisation had recorded 58 confirmed and probable cases."
    )
    assert by_text(result, "58 confirmed").actor == "Lucía Ferreira-Mensah"


def test_a_trailing_cue_the_parser_reads_as_the_clauses_complement(extract):
    result = extract(
        "For the fiscal third quarter, Corvane expects revenue of $4.35 billion to $4.5 billion, finance chief "
        "Mark Haldane said on the call."
    )
    claim = by_text(result, "expects revenue")
    assert claim.actor == "Mark Haldane"
    assert claim.text == "For the fiscal third quarter, Corvane expects revenue of $4.35 billion to $4.5 billion"


def test_an_opening_according_to_ends_where_a_countering_claim_begins(extract):
    result = extract(
        "According to the district police, around 45,000 people attended the meeting, though the organisers "
        "claimed the turnout was well over one lakh. According to the official, the talks ended after the "
        "mediators warned that the ceasefire was at risk."
    )
    police = by_text(result, "45,000")
    assert police.text == "around 45,000 people attended the meeting" and "police" in police.actor
    assert by_text(result, "one lakh").actor == "the organisers"
    assert by_text(result, "talks ended").text.startswith("the talks ended after the mediators warned that")


def test_a_speech_participle_after_an_urged_claim_is_a_claim_of_its_own(extract):
    result = extract(
        'A forum representing hostages\' families urged the government not to let "yet another chance" slip '
        "away, saying in a statement that every day of delay put the lives of the captives at greater risk."
    )
    assert by_text(result, "not to let").text == 'the government not to let "yet another chance" slip away'
    assert by_text(result, "every day of delay").cue == "saying"


def test_what_a_speaker_stopped_short_of_saying_or_declined_is_no_part_of_the_claim(extract):
    result = extract(
        "He said his department would provide technical support on valuations, but stopped short of saying "
        "additional funding would be made available. Her office said the meeting had taken place but declined to "
        "comment on what was said. Ms Carrick interjected that Labor had made promises it could not pay for."
    )
    assert by_text(result, "technical support").text == "his department would provide technical support on valuations"
    assert not [c for c in result.claims if "additional funding" in c.text]
    assert by_text(result, "meeting had taken place").text == "the meeting had taken place"
    assert by_text(result, "promises").cue == "interjected"


def test_an_unnamed_source_keeps_the_body_it_sits_on(extract):
    result = extract(
        "A Democratic aide on the Senate committee, who requested anonymity, said four utilities had been warned. "
        "A spokesman on Tuesday said the plant would reopen."
    )
    assert by_text(result, "utilities").actor == "a Democratic aide on the Senate committee"
    assert by_text(result, "plant would reopen").actor == "a spokesman"


def test_a_but_that_clause_whose_that_the_parser_reads_as_subject_is_a_second_claim(extract):
    result = extract(
        'Blaise said the parties were "closer than they have been at any point", but that closer did not mean '
        "close and much work remained."
    )
    assert by_text(result, "much work remained").text == "closer did not mean close and much work remained"
    assert by_text(result, "closer than").text == 'the parties were "closer than they have been at any point"'


def test_whom_someone_tells_is_a_listener_not_a_noun_the_claim_modifies(extract):
    result = extract(
        "Priya Natarajan, 29, a nurse who rents an apartment on Grove Avenue, told the council she had been "
        "searching for a two-bedroom for eight months."
    )
    claim = by_text(result, "searching")
    assert claim.actor == "Priya Natarajan"
    assert claim.text == "she had been searching for a two-bedroom for eight months"


def test_what_an_organisation_found_is_its_claim(extract):
    result = extract(
        "Statistics Aldermark published its survey on Monday. The office also found that renters now spend, on "
        "average, 38 percent of their take-home pay on housing."
    )
    assert by_text(result, "38 percent").cue == "found"


def test_an_accusation_the_parser_reads_as_an_adjective_of_the_accused(extract):
    result = extract(
        "But councillor Hemi Walker, who voted against the plan change, accused council officers of playing "
        "down the flood risk."
    )
    claim = by_text(result, "flood risk")
    assert claim.actor == "Hemi Walker" and claim.text == "council officers of playing down the flood risk"


def test_a_denial_of_what_the_speaker_called_suggestions_denies_them(extract):
    result = extract(
        "Dr Marsh denied that warnings had been ignored and rejected what she called 'unfair and untrue' "
        "suggestions that the board had cut the IT budget to save cash."
    )
    claim = by_text(result, "IT budget")
    assert claim.text == "the board had cut the IT budget to save cash" and claim.polarity == "denied"
    assert claim.actor == "Marsh"


def test_spans_keep_a_demonstrative_subject_a_list_and_a_free_relative_and_drop_the_full_stop(extract):
    result = extract(
        "According to a source close to the talks, ministers are considering a one-off payment. "
        'Ms Pritchard said that was "not the same as negotiating". '
        "The league said the stoppage time was correct to account for two substitutions, a long injury break "
        "and a VAR check. "
        "Forecasters said 7 inches of rain fell overnight, nearly three times what they had predicted. "
        'Holt, meanwhile, joked that he would be "claiming the winner" in the dressing room.'
    )
    assert [c.text for c in sorted(result.claims, key=lambda c: c.start)] == [
        "ministers are considering a one-off payment",
        'that was "not the same as negotiating"',
        "the stoppage time was correct to account for two substitutions, a long injury break and a VAR check",
        "7 inches of rain fell overnight, nearly three times what they had predicted",
        'he would be "claiming the winner" in the dressing room',
    ]


def test_documents_sharing_an_id_keep_their_claims_apart(extractor):
    from consistency import Document

    result = extractor.extract(
        [
            Document(id="story", text="The mayor said the bridge was safe."),
            Document(id="story", text="Engineers said it was not."),
        ]
    )
    assert [(c.id, c.doc) for c in result.claims] == [("story:c1", "story"), ("story-2:c1", "story-2")]
    assert [d.id for d in result.documents] == ["story", "story-2"]


def test_an_editors_brackets_stay_whole_in_the_span(extract):
    result = extract("Police chief Ray Moss said [the suspect] had fled the city.")
    assert [c.text for c in result.claims] == ["[the suspect] had fled the city"]


def test_ampersand_names_and_unnamed_departments_keep_their_words(extract):
    result = extract(
        "Procter & Gamble said sales rose. The city's transport department said the bridge would reopen on Monday."
    )
    assert [c.actor for c in result.claims] == ["Procter & Gamble", "the city's transport department"]


def test_the_statement_speaks_for_whoever_issued_it(extract):
    result = extract(
        "The referee's body, the Professional Match Officials Board, said in a statement that the stoppage time "
        'was correct. "It is normal for a match of this kind to run long," the statement said.\n\n'
        'The club issued a statement saying the coach had resigned. "He leaves with our thanks," the statement '
        "added."
    )
    assert [c.actor for c in result.claims] == [
        "Professional Match Officials Board",
        "Professional Match Officials Board",
        "the club",
        "the club",
    ]


def test_an_infinitive_in_a_clause_set_off_by_a_comma_is_not_what_was_agreed(extract):
    result = extract(
        "Ministers failed on Monday to agree on new sanctions, exposing deep divisions over how to respond to the "
        "crackdown. "
        "The union agreed that the strike would be suspended."
    )
    assert [(c.actor, c.text) for c in result.claims] == [("the union", "the strike would be suspended")]


def test_a_title_before_a_name_says_the_gender_before_a_pronoun_in_the_claim(extract):
    result = extract(
        "Mr Tennant suggested that she had been influenced by newspapers.\n\n"
        "Mr Tennant told the jury that the case was weak. He said his client was innocent."
    )
    assert by_text(result, "client was innocent").actor == "Tennant"


def test_its_chief_executive_is_the_chief_executive_named_later(extract):
    result = extract(
        "LONDON, March 3 (Wire) - Britain's energy regulator will cap gas prices for six more months, its chief "
        "executive said on Tuesday.\n\nOfgen Chief Executive Harriet Mallory told reporters the cap would stay."
    )
    assert {c.actor for c in result.claims} == {"Harriet Mallory"}


def test_a_nickname_in_quotation_marks_names_the_person_as_news_sites_do(extract):
    result = extract(
        'Plant manager Tom "Tommy" Reyes said no jobs would be lost. Reyes added that the plant was profitable. '
        'Former boxer Salvatore "Sal" Iannotti said the gym would close.'
    )
    assert [c.actor for c in result.claims] == ["Tommy Reyes", "Tommy Reyes", "Sal Iannotti"]


def test_a_correction_note_and_an_agency_credit_are_no_ones_words(extract):
    result = extract(
        "(Wire) -- Halvorsen Group is exploring a sale of its shipping unit, according to people familiar with "
        "the matter.\n\nNorthshire Police said Kyle Barton had been charged.\n\n"
        "Correction: An earlier version of this story misstated the age of the victim. It also incorrectly said "
        "that Kyle Barton lived in Kirkby."
    )
    assert [c.text for c in result.claims] == [
        "Halvorsen Group is exploring a sale of its shipping unit",
        "Kyle Barton had been charged",
    ]


def test_an_organisations_genitive_and_a_based_prefix_are_read_as_its_name(extract):
    result = extract(
        "The Alzheimer's Foundation, a charity, said the study added to the evidence. "
        "Britain's Foreign Office said the embassy would stay open. "
        "Hamburg-based Nordlicht has said it would consider offers for its feeder fleet."
    )
    # (the country that owns an office stays in its name: two countries' foreign offices differ)
    assert [c.actor for c in result.claims] == ["Alzheimer's Foundation", "Britain's Foreign Office", "Nordlicht"]


def test_a_possessive_pronoun_is_no_part_of_an_organisations_name(extract):
    result = extract(
        "Osterland rejected that account. A spokeswoman for its defence ministry said the guards had been on "
        "Osterlandish soil. The talks had been mediated by Switzerland, whose foreign ministry said on Friday "
        "that it remained in contact with both delegations."
    )
    # ('rejected that account' denies the account it points back to)
    assert [c.actor for c in result.claims] == ["Osterland", "the defence ministry", "Switzerland's foreign ministry"]


def test_police_in_the_opening_line_are_the_force_named_later(extract):
    result = extract(
        "A 24-year-old man has been charged with attempted murder, police said.\n\n"
        "In a statement, Northshire Police said Kyle Barton had been charged."
    )
    assert {c.actor for c in result.claims} == {"Northshire Police"}


def test_a_name_set_off_by_commas_after_a_person_noun_speaks(extract):
    result = extract(
        "A witness said she saw a group of men spill out of the club. Another witness, taxi driver Imran Haq, "
        "said he had been parked across the road."
    )
    assert [c.actor for c in result.claims] == ["a witness", "Imran Haq"]


def test_said_it_rejects_the_suggestion_that_p_denies_p(extract):
    result = extract("Carrowfield said it strongly rejects the suggestion that it had put residents at risk.")
    assert [(c.text, c.polarity) for c in result.claims] == [("it had put residents at risk", "denied")]


def test_a_closing_cue_the_tagger_reads_as_a_noun_still_reports(extract):
    result = extract(
        "Even after those adjustments, the association remained statistically significant, the paper reports. "
        "The drug cut deaths by a third, the study finds."
    )
    assert [(c.cue, c.text) for c in result.claims] == [
        ("reports", "Even after those adjustments, the association remained statistically significant"),
        ("finds", "The drug cut deaths by a third"),
    ]


def test_a_live_pages_timestamped_summary_line_is_a_headline(extract):
    result = extract(
        "Key events\n10.42 GMT Transport minister says trains will not run before Thursday\n\n10.42 GMT\n\n"
        "The transport secretary, Priya Lendl, told MPs that rail services would not run before Thursday.\n\n"
        "11.05 GMT Network Rail said engineers were inspecting the line."
    )
    assert [(c.actor, c.text) for c in result.claims] == [
        ("Priya Lendl", "rail services would not run before Thursday"),
        ("Network Rail", "engineers were inspecting the line"),
    ]


def test_thanking_after_a_past_were_is_the_speakers_act_not_their_claim(extract):
    result = extract(
        'The family said they were "devastated and angry" and thanked hospital staff for saving his life. '
        "The coach said the players were exhausted and praised the fans for their support."
    )
    assert [c.text for c in result.claims] == ['they were "devastated and angry"', "the players were exhausted"]


def test_a_sentence_quoted_after_the_colon_that_ends_a_report_is_a_quote_of_its_own(extract):
    result = extract(
        'She added that there was little downside to the advice: "Even if it turns out not to help memory, a '
        'walk after dinner is good for your heart."'
    )
    assert [(c.kind, c.text) for c in result.claims] == [
        ("indirect", "there was little downside to the advice"),
        ("direct", "Even if it turns out not to help memory, a walk after dinner is good for your heart."),
    ]


def test_names_joined_by_and_speak_together(extract):
    result = extract(
        "Valdorian President Tomas Rehn and Karvenian Prime Minister Irina Vasko said they had agreed to "
        "reopen two crossings. Rehn later said the deal was fragile. The Department of Children and "
        "Families said costs had fallen. Finance Minister and party leader Jonas Brandauer said the plan was dead."
    )
    joint = by_text(result, "they had agreed")
    assert joint.actor == "Tomas Rehn and Irina Vasko"
    assert joint.speaker == "Valdorian President Tomas Rehn and Karvenian Prime Minister Irina Vasko"
    assert by_text(result, "the deal was fragile").actor == "Tomas Rehn"
    assert by_text(result, "costs had fallen").actor == "Department of Children and Families"
    both = extract("Mayor Lin Okada and her deputy, Raj Bhatt, both said the bridge would reopen in June.")
    assert both.claims[0].actor == "Lin Okada and Raj Bhatt"
    assert by_text(result, "the plan was dead").actor == "Jonas Brandauer"


def test_one_of_a_group_speaks_as_a_member_of_it(extract):
    result = extract(
        "Two people familiar with the matter said the plan had been dropped. One of them said Marsh had "
        'told a meeting that the numbers were "noise". Another said talks would resume in May. One could '
        "argue that the plan failed, Dunn said."
    )
    nested = by_text(result, "Marsh had told a meeting")
    assert nested.actor == "one of the two people familiar with the matter"
    assert nested.speaker == "One of them"
    assert by_text(result, "talks would resume").actor == "another of the two people familiar with the matter"
    assert by_text(result, "One could argue").actor == "Dunn"


def test_a_later_role_finds_the_person_with_its_short_or_formal_title(extract):
    pairs = [
        ("Sen. Maria Lopez", "The senator", "Maria Lopez"),
        ("Gov. Ed Lamb", "The governor", "Ed Lamb"),
        ("Rep. Tom Ash", "The congressman", "Tom Ash"),
        ("Mrs Justice Okoro", "The judge", "Okoro"),
        ("Magistrate Helen Pappas", "The magistrate", "Helen Pappas"),
    ]
    for first, later, actor in pairs:
        result = extract(f"{first} said the plan had failed. {later} said the budget was short by millions.")
        assert [c.actor for c in result.claims] == [actor, actor], first


def test_a_spokesperson_for_a_person_is_not_that_person(extract):
    result = extract(
        "A spokesperson for Dana Voss insisted the singer had never met him. Spokesperson Lee Park said "
        "the tour would go ahead. A spokesman for the ministry said the talks were over."
    )
    assert [c.actor for c in result.claims] == ["a spokesperson for Dana Voss", "Lee Park", "the ministry"]


def test_the_source_refers_back_to_an_unnamed_source(extract):
    result = extract(
        "A source close to the presidency said the visit was off. The source said the decision came "
        "late. A person briefed on the talks said the deal was close. The person said the price had not been agreed."
    )
    assert [c.actor for c in result.claims] == ["a source close to the presidency"] * 2 + ["a person"] * 2


def test_a_pronoun_inside_what_someone_said_does_not_outweigh_their_first_name(extract):
    result = extract(
        "Judge Paul Renn said she had shown indifference. Her barrister, Tom Ivers, said his client "
        'was remorseful.\n\nRenn rejected that account. "I do not accept that," he said.'
    )
    assert by_text(result, "I do not accept that").actor == "Paul Renn"


def test_an_unknown_surname_the_tagger_reads_as_an_adverb_still_speaks(extract):
    result = extract('"We are not worried," Vesely said. "The plan works." Vesely said the budget was safe.')
    assert [c.actor for c in result.claims] == ["Vesely", "Vesely"]


def test_a_negated_cue_reports_no_claim_and_a_negated_denial_no_denial(extract):
    result = extract(
        "The minister did not say that taxes would rise. The club has never claimed that the coach was "
        "sacked. Operations manager Lori Kemp didn't dispute that the company had fallen behind."
    )
    assert [c.text for c in result.claims] == ["the company had fallen behind"]
    conceded = result.claims[0]
    assert conceded.polarity == "asserted" and conceded.cue == "didn't dispute"
    others = extract(
        "No official claimed that the bridge was safe. Oyelaran does not dispute the figure. Neither "
        "researcher disputed that light pollution is spreading. A No 10 spokesman said the plan stood."
    )
    assert [(c.text, c.polarity) for c in others.claims] == [
        ("light pollution is spreading", "asserted"),
        ("the plan stood", "asserted"),
    ]


def test_a_denial_reported_with_said_is_a_denial(extract):
    result = extract(
        "Marsh said through his lawyer that he categorically denies telling staff to hide the data. "
        "Pryce said she denied that she had met the donor. The ministry said it rejected the proposal."
    )
    told, met, proposal = result.claims
    assert (told.polarity, told.text) == ("denied", "telling staff to hide the data")
    assert (met.polarity, met.text) == ("denied", "she had met the donor")
    assert proposal.polarity == "asserted"


def test_the_owner_of_a_subject_is_who_a_following_pronoun_means(extract):
    result = extract(
        'Amara Okonjo praised her teacher. "She changed my life," Okonjo said. Ines Ferreira-Lund\'s '
        "recordings remain in print. She said a comeback was out of the question."
    )
    assert by_text(result, "a comeback was out of the question").actor == "Ines Ferreira-Lund"


def test_a_name_set_beside_a_role_or_the_subject_is_who_speaks(extract):
    result = extract(
        "Her former student, the conductor Amara Okonjo, recalled that the rehearsals were brutal. "
        "\"Crime fell across the whole region,\" Hana Lindqvist said. Okafor's opponent in next month's "
        "election, city councilwoman Therese Bankole, has seized on the discrepancy. In a post on Sunday, "
        "she claimed that crime in her district had risen."
    )
    assert by_text(result, "the rehearsals were brutal").actor == "Amara Okonjo"
    assert by_text(result, "crime in her district had risen").actor == "Therese Bankole"


def test_answered_introduces_a_reply(extract):
    result = extract(
        '"So we have only your word for it," Senator Kim Achebe said. "You have my word," Dana Holt answered. '
        'Police were accused of "inventing enemies" to avoid answering for the behaviour of the force, Holt said.'
    )
    reply = by_text(result, "You have my word")
    assert (reply.actor, reply.cue) == ("Dana Holt", "answered")
    assert "avoid answering for the behaviour" in by_text(result, "inventing enemies").text


def test_according_to_a_source_with_an_appositive_keeps_the_claims_subject(extract):
    result = extract(
        "According to Lena Park, an analyst at Moor Bank, the central bank's own models implied that "
        "rates were too high."
    )
    claim = by_text(result, "rates were too high")
    assert claim.actor == "Lena Park"
    assert claim.text.startswith("the central bank's own models implied")


def test_who_after_a_comma_is_the_people_just_named(extract):
    result = extract("The post drew hundreds of comments from fans, who said the singer had behaved badly.")
    assert result.claims[0].actor == "fans"


def test_the_writers_remark_on_a_claim_is_no_part_of_it(extract):
    result = extract('Vautrin said the battery would last "a full working day," a claim that drew loud applause.')
    assert result.claims[0].text == 'the battery would last "a full working day,"'


def test_letters_after_a_name_are_no_part_of_it(extract):
    result = extract(
        "Alison Beck KC, for the defence, said the evidence was thin. Beck said the police had erred. "
        "People trusted this hospital, the Labour MP said."
    )
    assert [c.actor for c in result.claims][:2] == ["Alison Beck", "Alison Beck"]


def test_an_organisation_is_found_again_by_its_acronym_or_its_kind(extract):
    result = extract(
        "The toll rose to nine, the provincial Emergency Management Agency (EMA) said. The EMA said teams "
        "were still searching the port. Rain will spread north, the Sarnia Weather Bureau said on Monday. "
        "Flooding is likely, the bureau said."
    )
    assert [c.actor for c in result.claims] == ["Emergency Management Agency"] * 2 + ["Sarnia Weather Bureau"] * 2


def test_an_organisation_named_for_its_field_is_one_actor_with_its_acronym(extract):
    result = extract(
        "The U.N. Office for the Coordination of Humanitarian Affairs (OCHA) said no warning had been given. "
        "OCHA said at least 29 people had been killed. The Office for National Statistics said prices rose."
    )
    assert [c.actor for c in result.claims] == ["the U.N. Office for the Coordination of Humanitarian Affairs"] * 2 + [
        "Office for National Statistics"
    ]


def test_a_name_in_a_photo_credit_is_no_speaker(extract):
    result = extract(
        "Striker Mateo Varga has denied doping.\n\nRivermouth, however, said on Wednesday that Varga was free to "
        "play on Saturday.\n\nPhoto: Mateo Varga celebrates a goal. (Rivermouth Echo/Staff)\n"
    )
    assert [c.actor for c in result.claims if "free to play" in c.text] == ["Rivermouth"]


def test_a_that_clause_whose_subject_hangs_on_its_auxiliary_or_a_statement_which_read(extract):
    told = extract(
        "Sipho Ndlovu told reporters outside the mine gates that 41 workers were trapped and that families had "
        "been left without information."
    )
    assert [c.text for c in told.claims] == ["41 workers were trapped", "families had been left without information"]
    read = extract(
        "Kellaway's office later released a statement which read: \"The Government has no plans to change the "
        'GST." The ministry issued a statement that read: "No decision has been taken."'
    )
    assert [(c.actor, c.text) for c in read.claims] == [
        ("Kellaway's office", "The Government has no plans to change the GST."),
        ("the ministry", "No decision has been taken."),
    ]


def test_an_adverb_the_tagger_runs_into_an_organisation_is_no_part_of_its_name(extract):
    result = extract("The University of Amberley later said it had updated the release.")
    assert result.claims[0].actor == "University of Amberley"


def test_projected_with_a_clause_is_a_forecast_claim(extract):
    result = extract(
        "Grace Nduta projected that the ratio would peak in the fourth quarter. The film projects an image of calm."
    )
    assert [(c.actor, c.text) for c in result.claims] == [("Grace Nduta", "the ratio would peak in the fourth quarter")]


def test_a_closing_that_the_clause_is_about_stays(extract):
    result = extract("She said the restaurant pays every cook above the average and that the prices reflect that.")
    assert [c.text for c in result.claims] == [
        "the restaurant pays every cook above the average",
        "the prices reflect that",
    ]


def test_a_cue_inside_a_short_clause_keeps_the_clauses_subject_and_verb(extract):
    result = extract("Marco Bellini was, he insisted, only half joking.")
    assert result.claims[0].text == "Marco Bellini was only half joking"


def test_a_titled_name_the_tagger_missed_is_whom_the_role_means_later(extract):
    result = extract(
        "Governor Ana Ruiz visited the flooded district on Monday. The dam was never at risk, the governor said."
    )
    assert result.claims[0].actor == "Ana Ruiz"


def test_a_backshifted_clause_after_a_trailing_cue_goes_on_with_the_claim(extract):
    text = (
        "The mine was safe, the manager said, and workers had been given new equipment. "
        '"We are ready," the coach said, and the team left for the airport.'
    )
    result = extract(text)
    mine = by_text(result, "The mine was safe")
    assert [text[s.start : s.end] for s in mine.segments] == [
        "The mine was safe",
        "workers had been given new equipment.",
    ]
    assert [c.text for c in result.claims][1] == "We are ready"


def test_a_job_or_title_in_front_of_a_full_name_is_no_part_of_it(extract):
    result = extract(
        "Fisherman Owen Tully said the sale was a betrayal. Later, Owen Tully said he would protest. "
        "Councillor Ben Achterberg says the monitoring never happened. Ben Achterberg said he would ask "
        "for a review. Friederike von Hallstein said costs had risen. Von Hallstein said 300 jobs would go."
    )
    assert [c.actor for c in result.claims] == ["Owen Tully"] * 2 + ["Ben Achterberg"] * 2 + [
        "Friederike von Hallstein"
    ] * 2
    tully = next(a for a in result.actors if a.name == "Owen Tully")
    assert "Fisherman" in tully.titles


def test_a_role_two_people_hold_goes_to_the_one_the_pronoun_names(extract):
    result = extract(
        "Councillor Priya Nair told the meeting that the report was flawed. The council leader, Councillor "
        "Graham Pask, insisted that the process had been proper. The councillor, who voted against the "
        "plans, said she would support a legal challenge."
    )
    assert by_text(result, "she would support").actor == "Priya Nair"


def test_a_paragraph_ending_in_a_colon_introduces_the_quote_below_it(extract):
    result = extract(
        '"It was a hard winter," Clara Marlowe said.\n\n'
        "Tobias Wren has spent two years looking for a buyer. He described the search as frustrating:\n\n"
        '"Nobody wants to pay for a lighthouse."\n\n'
        "Elias Marlowe said:\n\n"
        '"People think it was lonely.\n\n'
        '"But I never felt alone out here."'
    )
    assert [(c.actor, c.kind) for c in result.claims][1:] == [("Tobias Wren", "direct"), ("Elias Marlowe", "direct")]
    assert result.claims[2].text.endswith("I never felt alone out here.")


def test_an_organisations_initials_name_it_without_brackets(extract):
    result = extract(
        "The World Health Organization said it was sending four experts. According to the WHO, the "
        "fatality rate remains below 1 percent. The BBC said it had seen the report."
    )
    assert [c.actor for c in result.claims] == ["World Health Organization"] * 2 + ["BBC"]


def test_a_speaker_set_off_by_an_asked_clause_still_speaks(extract):
    result = extract("Agent Lena Brandt, asked about the session, said Oduya did not train on Thursday.")
    assert [(c.actor, c.text) for c in result.claims] == [("Lena Brandt", "Oduya did not train on Thursday")]


def test_agreeing_to_act_and_demanding_to_know_claim_nothing(extract):
    result = extract(
        "Our first estimate is 14 million. The state has agreed to cover half. "
        "Residents demanded to know why warnings took four days to reach them. "
        "The union agreed that the offer was fair."
    )
    assert [(c.actor, c.text) for c in result.claims] == [("the union", "the offer was fair")]


def test_a_hyphenated_title_in_front_of_a_name_stays_out_of_it(extract):
    """'Ex-minister', 'Super-agent': the prefix and the word it is glued to are a title, however
    the parser attaches them, so the later surname finds the same person."""
    result = extract(
        "Ex-minister Dana Rolle said the plan had failed. Rolle added that the money was gone. Super-agent "
        "Lorenzo Fabbri told reporters that a formal bid had been lodged on Tuesday. Fabbri said the club was "
        "playing games."
    )
    assert {c.actor for c in result.claims} == {"Dana Rolle", "Lorenzo Fabbri"}
    titles = {a.name: a.titles for a in result.actors}
    assert "Ex-minister" in titles["Dana Rolle"] and "Super-agent" in titles["Lorenzo Fabbri"]


def test_a_spokesperson_named_after_an_organisation_speaks_for_it(extract):
    result = extract(
        "Corvane Packaging said its staff had been evacuated quickly. A Corvane spokeswoman said the plant "
        "would reopen next week. The spokeswoman added that no jobs were at risk. Lumora said sales had fallen. "
        "Lumora's spokesman said prices would rise."
    )
    corvane = {by_text(result, text).actor_id for text in ("evacuated quickly", "reopen", "no jobs")}
    assert len(corvane) == 1
    assert by_text(result, "prices would rise").actor_id == by_text(result, "sales had fallen").actor_id
    actor = next(a for a in result.actors if a.id in corvane)
    assert "a Corvane spokeswoman" in actor.aliases


def test_a_persons_spokesperson_is_not_that_person(extract):
    result = extract(
        "President Dana Voss said the talks were over. A Voss spokesman later said nothing had been agreed."
    )
    assert by_text(result, "talks were over").actor == "Dana Voss"
    assert by_text(result, "nothing had been agreed").actor == "a Voss spokesman"


def test_ministries_of_two_countries_stay_apart(extract):
    result = extract(
        "Dalmoria's Defence Ministry said no additional troops had been deployed. Kestria's Defence Ministry "
        "said the drills had been scheduled months ago."
    )
    dalmoria = by_text(result, "no additional troops")
    kestria = by_text(result, "scheduled months ago")
    assert dalmoria.actor_id != kestria.actor_id
    assert kestria.actor == "Kestria's Defence Ministry"


def test_a_spokesperson_for_a_short_form_speaks_for_the_full_name(extract):
    result = extract(
        "Greenfold Catering denied that its products were contaminated. "
        "A spokeswoman for Greenfold said every batch was tested."
    )
    assert by_text(result, "every batch").actor_id == by_text(result, "products were contaminated").actor_id


def test_turning_down_an_offer_denies_nothing(extract):
    result = extract(
        "Prado said Whitmore had made an offer of 50 million euros, which Vila Nova rejected. "
        "Leal said Brisk had made an offer of 40 million euros in early August, which the club rejected. "
        "Prosecutors say Hale took bribes, which he denies."
    )
    assert [c.actor for c in result.claims if c.polarity == "denied"] == ["Hale"]


def test_a_charge_set_beside_a_sentence_is_no_speaker(extract):
    result = extract(
        "The dispute began in February when Dalmoria accused Kestria of diverting water from the Aun, "
        "a charge Kestria has repeatedly rejected."
    )
    assert all(not c.text.startswith("The dispute") for c in result.claims)
    assert by_text(result, "diverting water").actor == "Dalmoria"


def test_a_stretch_of_time_is_not_when_a_claim_was_made(extract):
    result = extract(
        "Real Oriente confirmed on Thursday that they had signed the striker, three days after the sporting "
        "director said there was no agreement. Her deputy, Marek Fell, told a committee hours later that "
        "officials had met. The minister said two days ago that the talks had failed."
    )
    assert by_text(result, "signed the striker").time == "on Thursday"
    assert by_text(result, "there was no agreement").time is None
    assert by_text(result, "officials had met").time is None
    assert by_text(result, "talks had failed").time == "two days ago"


def test_a_name_the_tagger_reads_as_a_gerund_still_speaks(extract):
    result = extract(
        "Carla Denning urged both governments to show restraint. "
        '"What we need now," Denning said, "is less noise and more diplomacy."'
    )
    quote = by_text(result, "less noise")
    assert (quote.actor, quote.kind) == ("Carla Denning", "direct")
    assert quote.text.startswith("What we need now")


def test_a_split_quote_whose_second_part_opens_with_that(extract):
    result = extract(
        "Hale told the court that Merrick had been at the warehouse. "
        '"The evidence will show," she said, "that Mr Merrick was not at home that night."'
    )
    quote = by_text(result, "not at home")
    assert quote.text.startswith("The evidence will show") and len(quote.segments) == 2
    assert len(result.claims) == 2


def test_a_clock_time_ends_its_claim_and_its_sentence(extract):
    result = extract(
        "Police said the victim had died between midnight and 2 a.m. "
        "Garner said a neighbour saw a man near the gate shortly after 11 p.m. Under cross-examination, "
        "Garner accepted that the neighbour had not picked Merrick out. "
        "The mayor said the meeting would start at 2 p.m. Tuesday."
    )
    assert by_text(result, "midnight").text == "the victim had died between midnight and 2 a.m."
    assert by_text(result, "near the gate").text.endswith("shortly after 11 p.m.")
    assert by_text(result, "picked Merrick out").cue == "accepted"
    assert by_text(result, "meeting would start").text.endswith("2 p.m. Tuesday")


def test_the_company_is_the_one_business_that_has_spoken(extract):
    result = extract(
        "Corvane Packaging denied that any fire exit had been locked. Westmoor Police said the road was closed. "
        "A spokeswoman for the company said all exits had been checked on Friday."
    )
    assert by_text(result, "exits had been checked").actor_id == by_text(result, "fire exit").actor_id
    two = extract(
        "Corvane Packaging denied that any fire exit had been locked. Lumora Logistics said its lorries were "
        "parked outside. The company said all exits had been checked on Friday."
    )
    assert by_text(two, "exits had been checked").actor == "the company"
    # Before any business has spoken, 'the company' is the one business named so far.
    named = extract(
        "The blaze broke out at the Calloway Polymers plant late on Monday. About 140 people were working, "
        "according to the company. Calloway Polymers said it was devastated."
    )
    assert by_text(named, "140 people").actor == by_text(named, "devastated").actor == "Calloway Polymers"
    product = extract(
        "Lumora unveiled its Halo glasses on Monday. About 140 people work on the project, according to the company."
    )
    assert by_text(product, "140 people").actor == "the company"  # 'Lumora' does not say it is a business


def test_a_name_after_an_asked_opener_speaks(extract):
    result = extract("Asked about staffing, chief executive Priya Namdar said Halvorsen had no plans to cut jobs.")
    assert by_text(result, "no plans to cut jobs").actor == "Priya Namdar"


def test_interview_labels_set_in_bold_are_turns(extract):
    turns = "\n\n".join(
        f"**Daily Courier:** {question}\n\n**Osei:** {answer}"
        for question, answer in (
            ("Will the dam be finished by December?", "We never set a completion date for the dam."),
            ("Are the treatment plants compliant?", "Three of our plants fail the turbidity standard."),
            ("Who pays for the repairs?", "The contractor pays, under the contract we signed."),
            ("Will you resign?", "No. I was elected to finish this work."),
        )
    )
    result = extract(f"Water Minister Farida Osei spoke to the Daily Courier on Tuesday.\n\n{turns}\n")
    answers = [c for c in result.claims if c.actor == "Farida Osei"]
    assert len(answers) == 4 and answers[0].text == "We never set a completion date for the dam."
    assert answers[0].cue == "Osei:"


def test_what_a_speaker_posts_or_issues_speaks_for_them(extract):
    result = extract(
        "The club posted an update saying the player had a torn hamstring. The ministry issued a press release "
        "stating that the budget was 2.3 billion. She received a message saying the flight was cancelled."
    )
    assert by_text(result, "torn hamstring").actor == "the club"
    assert by_text(result, "2.3 billion").actor == "the ministry"
    assert all("flight was cancelled" not in c.text for c in result.claims)


def test_a_document_dated_with_of_is_not_spoken_by_the_date(extract):
    result = extract("The press release of 2 June says the dam will be finished by December.")
    assert result.claims[0].actor == "the press release"


def test_the_prime_minister_is_not_another_minister(extract):
    result = extract(
        "Housing Minister Eleanor Marsh denied the report. A spokesman for the Prime Minister said Penhale had "
        "resigned on Friday. The Turkish minister, Foreign Minister Hakan Fidan, said talks would resume."
    )
    assert by_text(result, "Penhale had resigned").actor == "the Prime Minister"


def test_she_after_a_spokeswoman_speaks_for_the_same_body(extract):
    result = extract(
        "Security researcher Tom Beale said the data had been exposed for weeks. A spokeswoman for the authority "
        "said it had opened an inquiry. She said the authority was not aware of any misuse."
    )
    assert by_text(result, "not aware of any misuse").actor == by_text(result, "opened an inquiry").actor


def test_revising_a_number_said_is_a_claim_and_raising_a_number_of_things_is_not(extract):
    revised = extract("Ashby later revised the number of missing crew to two.").claims
    assert [(c.actor, c.text) for c in revised] == [("Ashby", "the number of missing crew to two")]
    assert extract("The airline later raised the number of flights to 40.").claims == ()


def test_a_closing_according_to_a_record_names_the_speakers_source_not_the_speaker(extract):
    text = (
        "Tomasz said 100,000 people had marched. She later revised that figure, saying 85,000 people had taken part, "
        "according to a count by volunteers."
    )
    assert [(c.actor, c.text) for c in extract(text).claims] == [
        ("Tomasz", "100,000 people had marched"),
        ("Tomasz", "85,000 people had taken part"),
    ]
    # people who were there vouch for the whole account
    heard = "The chairman told staff that the plant would close, according to two people who attended the meeting."
    assert [c.actor for c in extract(heard).claims] == ["two people"]


def test_rejecting_claims_by_someone_gives_both_the_denial_and_their_claim(extract):
    text = "Northwind Shipping rejected accusations by the seafarers' union that the ship had been overloaded."
    found = [(c.actor, c.polarity, c.text) for c in extract(text).claims]
    assert sorted(found) == [
        ("Northwind Shipping", "denied", "the ship had been overloaded"),
        ("the seafarers' union", "asserted", "the ship had been overloaded"),
    ]
    # no accuser named, no second claim
    assert len(extract("The ministry dismissed claims that the budget had been rigged.").claims) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second split quote with its own cue is not the end of the quote before it
        (
            '"This was not a gray area," Okafor said. "It was," she said, "a straightforward sale of admissions."',
            ["This was not a gray area", "It was a straightforward sale of admissions."],
        ),
        # the subject the parser hung on an interrupting cue
        ("Two members, he told the conference, had argued for a pause.", ["Two members had argued for a pause."]),
        # 'that' picking out the subject is no conjunction
        ("That cut, she said, would be the last this year.", ["That cut would be the last this year."]),
    ],
)
def test_split_quotes_and_interrupting_cues_keep_the_whole_claim(extract, text, expected):
    assert [c.text for c in extract(text).claims] == expected


def test_a_datelines_place_in_capitals_is_no_name_of_an_actor(extract):
    text = (
        "Nurses strike at Northgate hospitals\nNORTHGATE, Nov 12 - Nurses walked out at hospitals run by the "
        "Northgate Health Trust on Wednesday. The trust said 900 staff had joined the strike."
    )
    assert [(a.name, a.aliases) for a in extract(text).actors] == [("Northgate Health Trust", ())]


def test_what_a_speaker_declined_to_confirm_is_no_claim(extract):
    result = extract(
        "A spokeswoman for the ministry declined to confirm that the minister had resigned. "
        "The ministry was unable to confirm that the minister had resigned. "
        "He refused to confirm that reserves had fallen."
    )
    assert result.claims == ()


def test_an_unnamed_announcement_is_no_earlier_speakers(extract):
    result = extract(
        "The regulator said it was still reviewing the request. "
        "It was announced on Tuesday that the central bank would publish its next report on April 12."
    )
    assert [(c.actor, c.kind) for c in result.claims] == [("the regulator", "indirect"), ("unnamed sources", "passive")]


def test_a_name_set_beside_a_titled_subject_is_who_she_refers_to(extract):
    result = extract(
        '"There was glass everywhere," said Lorraine Betts, who lives nearby. A spokeswoman for the state DOT, '
        "Kim Arroyo, did not return calls on Friday. She said the department had recommended lower speed limits."
    )
    assert [c.actor for c in result.claims] == ["Lorraine Betts", "Kim Arroyo"]


def test_disputing_that_account_denies_it_but_not_disputing_a_figure_concedes_it(extract):
    result = extract(
        '"There was glass everywhere," said Lorraine Betts. Kim Arroyo disputed that account. '
        "Dr Rao said the ward had been short of 150 nurses, a figure the trust did not dispute."
    )
    assert [(c.actor, c.polarity, c.text) for c in result.claims] == [
        ("Lorraine Betts", "asserted", "There was glass everywhere"),
        ("Kim Arroyo", "denied", "that account"),
        ("Rao", "asserted", "the ward had been short of 150 nurses"),
    ]


def test_answers_labelled_by_name_after_questions_are_the_guests(extract):
    labelled = (
        "Higher education minister Caroline Steed spoke to the Herald on Tuesday.\n\n"
        "Q: Vice-chancellors say they were promised the cuts would be reversed. Were they?\n\n"
        "Steed: No. I never told anyone the cuts would be reversed.\n\n"
        "Q: How many universities are in deficit?\n\n"
        "Steed: Seventeen, on the latest figures.\n"
    )
    answers = [c for c in extract(labelled).claims if c.cue == "Steed:"]
    assert [(c.actor, c.kind) for c in answers] == [("Caroline Steed", "direct")] * 2
    bare = (
        "Agnes Thornquist kept the Skerry light for forty years.\n\n"
        "Were you ever afraid?\n\nTHORNQUIST: Of the sea, never. Of the silence, at first.\n\n"
        "What will you do if they close the station?\n\nTHORNQUIST: They won't close it while I'm on it.\n\n"
        "Does the light still matter?\n\nTHORNQUIST: Every ship that passes here at night looks for it.\n\n"
        "Will you stay?\n\nTHORNQUIST: As long as the boat runs.\n"
    )
    assert [c.actor for c in extract(bare).claims if c.cue == "THORNQUIST:"] == ["Agnes Thornquist"] * 4


def test_indian_english_cues_and_honorifics(extract):
    result = extract(
        "Dr. Anand Menon, a hydrologist, opined that tanker supply was only a stop-gap arrangement. "
        "District Collector Smt. Priya Raghavan informed the meeting that 37 tankers had been deployed."
    )
    assert [(c.actor, c.cue) for c in result.claims] == [("Anand Menon", "opined"), ("Priya Raghavan", "informed")]
    assert "Collector Smt" not in {a.name for a in result.actors}


def test_a_place_beside_a_speakers_clause_is_no_subject(extract):
    result = extract(
        "Gareth Pryor, who milks 310 cows near Leominster, Herefordshire, said the cut would cost the farm "
        '£52,000 a year. "We did everything they asked," he said.'
    )
    assert [c.actor for c in result.claims] == ["Gareth Pryor", "Gareth Pryor"]


def test_an_age_or_a_nationality_with_a_role_refers_back_to_the_person(extract):
    result = extract(
        "Blues boss Terry Haddon spoke after the match. The 52-year-old insisted his players had been robbed. "
        'Ashgate manager Paulo Serrano was in no mood to apologise. "Today I think the referee was very good '
        'and I have no complaints at all," said the Portuguese coach.'
    )
    assert [(c.actor, c.cue) for c in result.claims] == [("Terry Haddon", "insisted"), ("Paulo Serrano", "said")]


def test_letters_after_a_name_the_tagger_took_for_a_place_are_no_part_of_it(extract):
    result = extract(
        "Imogen Ward KC told the court the cost would be £4.1 million. After an adjournment, she corrected "
        "herself, saying the cost would be £4.6 million. The Labour MP said the plan was dead."
    )
    assert [c.actor for c in result.claims] == ["Imogen Ward", "Imogen Ward", "the Labour MP"]


def test_a_name_described_by_who_is_a_person_whatever_the_tagger_says(extract):
    result = extract(
        '"The evacuation order," Brandt said, "was issued on Tuesday morning, as soon as our teams saw the wind '
        'turning." He said every care home in the valley had been emptied by Tuesday night.\n\n'
        "Paulo Reyes, who chairs the Alto Ruiva residents' association, rejected that account. He said the order "
        "did not come until Wednesday night. Reyes said a nurse had told him eight residents were still inside."
    )
    assert [c.actor for c in result.claims][2:] == ["Paulo Reyes"] * 3
    assert {a.name: a.kind for a in result.actors}["Paulo Reyes"] == "person"


def test_a_title_set_before_a_name_keeps_no_article_or_comma(extract):
    result = extract(
        "A spokeswoman for the state DOT, Kim Arroyo, said the department had recommended lower speed limits."
    )
    assert [(a.name, a.titles) for a in result.actors] == [("Kim Arroyo", ("spokeswoman for the state DOT",))]


def test_a_denied_clauses_subject_read_as_the_object_stays_in_it(extract):
    result = extract("Serrano denied his players had gone down easily to win free-kicks.")
    assert [(c.polarity, c.text) for c in result.claims] == [
        ("denied", "his players had gone down easily to win free-kicks")
    ]


def test_that_said_is_the_writers_link_not_part_of_the_claim(extract):
    result = extract(
        '"She kept asking for her mom," Rahimi said. That said, Rahimi added, the corner has been dangerous for years.'
    )
    assert [c.text for c in result.claims] == ["She kept asking for her mom", "the corner has been dangerous for years"]


def test_a_surname_two_people_share_goes_to_the_one_its_title_or_recency_names(extract):
    result = extract(
        "Minister K. Ravindranath Menon said that Rs. 38 crore had been sanctioned. Dr. Anand Menon, a hydrologist, "
        "said that tanker supply was only a stop-gap. Dr. Menon also pointed out that brick kilns had to be "
        "regulated.\n\nTom Reyes said the bridge was safe. His brother, Luis Reyes, said it was not. Reyes added "
        "that he had warned the council."
    )
    assert [c.actor for c in result.claims] == [
        "K. Ravindranath Menon", "Anand Menon", "Anand Menon", "Tom Reyes", "Luis Reyes", "Luis Reyes"
    ]  # fmt: skip


def test_slamming_someone_as_a_label_is_a_claim(extract):
    result = extract('Blues boss Terry Haddon last night slammed referee Neil Parkes as "a disgrace" after the defeat.')
    assert [(c.actor, c.cue, c.text) for c in result.claims] == [
        ("Terry Haddon", "slammed", 'referee Neil Parkes as "a disgrace"')
    ]


def test_a_single_answer_after_a_printed_question_is_the_guests(extract):
    caps = (
        "Agnes Thornquist kept the light for forty years. We spoke on the island.\n\n"
        "Were you ever afraid?\n\nTHORNQUIST: Of the sea, never. Of the silence, at first.\n"
    )
    assert [(c.actor, c.kind) for c in extract(caps).claims] == [("Agnes Thornquist", "direct")]
    titled = (
        "Higher education minister Caroline Steed spoke to the Herald.\n\n"
        "Q: Were vice-chancellors promised the cuts would be reversed?\n\n"
        "Steed: No. I never told anyone the cuts would be reversed.\n"
    )
    assert [(c.actor, c.cue) for c in extract(titled).claims] == [("Caroline Steed", "Steed:")]
    furniture = "The council met on Monday.\n\nPhoto: Sam Hill\n\nUpdate: The meeting was adjourned.\n"
    assert extract(furniture).claims == ()


def test_a_yes_no_question_claims_nothing(extract):
    result = extract(
        "Were vice-chancellors promised the cuts would be reversed? Did the minister say the plant would close? "
        "The minister said the plant would stay open."
    )
    assert [c.text for c in result.claims] == ["the plant would stay open"]


def test_a_name_inside_the_quote_is_not_who_speaks_it(extract):
    result = extract(
        '"Senator Calloway is saying what a lot of Americans are thinking," Pike told reporters Tuesday afternoon. '
        '"If the Senate sends us a bad bill, it will die here."'
    )
    assert [(c.actor, c.kind) for c in result.claims] == [("Pike", "direct")]


def test_a_presiding_officer_set_beside_a_name_is_that_person(extract):
    result = extract(
        "The Speaker, Rt. Hon. Kayode Olowookere, said the signatures were forged.\n\n"
        "The Deputy Speaker, Hon. Grace Omotayo, however, denied that any signature had been forged.\n\n"
        "On Sunday night the chair of the commission, Dorota Velling, said turnout was 58 percent."
    )
    assert [(c.actor, c.polarity) for c in result.claims] == [
        ("Kayode Olowookere", "asserted"),
        ("Grace Omotayo", "denied"),
        ("Dorota Velling", "asserted"),
    ]


def test_an_age_before_a_noun_refers_back_to_the_person_last_spoken_of(extract):
    result = extract(
        '"We will not back down," Sen. Dwight Calloway of Montana said.\n\n'
        'The 64-year-old Republican told reporters that the bill was "a blank check with no accountability."\n\n'
        "Senator Folasade Adeyemi-Bello said the governor had met aggrieved lawmakers. Meanwhile, Kayode "
        "Olowookere told our correspondent that he was not perturbed. The 52-year-old lawmaker insisted that the "
        "signatures were forged. The 19-year-old victim's mother said he was kind."
    )
    assert [c.actor for c in result.claims] == [
        "Dwight Calloway",
        "Dwight Calloway",
        "Folasade Adeyemi-Bello",
        "Kayode Olowookere",
        "Kayode Olowookere",
        "the 19-year-old victim's mother",
    ]


def test_a_police_rank_is_a_title_of_a_person(extract):
    result = extract(
        '"The people have lost their voice," the former minister said.\n\n'
        "The Police Public Relations Officer in the state, SP Ajoke Bamidele, confirmed that the command had "
        "received a petition. She said detectives had been deployed to the Assembly complex."
    )
    assert [c.actor for c in result.claims] == ["the former minister", "Ajoke Bamidele", "Ajoke Bamidele"]
    assert next(a for a in result.actors if a.name == "Ajoke Bamidele").kind == "person"


def test_a_study_of_counted_people_is_the_study(extract):
    result = extract(
        "Older patients are about 40 percent more likely to develop kidney disease, according to a study of "
        "nearly 310,000 patients published Wednesday. The study also found a smaller increase in the risk of "
        "acute kidney injury. His blood-alcohol level was 0.15, according to an agreed statement of facts filed "
        "with the court."
    )
    assert [(c.actor, c.cue) for c in result.claims] == [
        ("a study", "according to"),
        ("a study", "found"),
        ("an agreed statement of facts", "according to"),
    ]
    assert by_text(result, "smaller increase").text == "a smaller increase in the risk of acute kidney injury"


def test_a_cue_after_the_sentence_a_quote_ends_is_no_attribution(extract):
    result = extract(
        'Nordhaven partner Lotte van Dijk said in May that the board should "at least be willing to listen" to '
        "offers. Nordhaven didn't respond to a request for comment on Wednesday."
    )
    assert [c.actor for c in result.claims] == ["Lotte van Dijk"]


def test_the_agency_and_the_regulator_are_the_public_body_named_before(extract):
    result = extract(
        "The Food and Drug Administration said it was aware of the study. The agency added that it had added a "
        "warning to the labels in 2016. The Financial Conduct Authority said it had opened an inquiry. Barclays "
        "said it would cooperate. The regulator added that fines were possible."
    )
    assert [c.actor for c in result.claims] == [
        "Food and Drug Administration",
        "Food and Drug Administration",
        "Financial Conduct Authority",
        "Barclays",
        "Financial Conduct Authority",
    ]


def test_a_hyphenated_dateline_is_no_part_of_the_claim(extract):
    result = extract(
        "AL-NAHRA — At least 41 people were killed when an air strike hit a market on Sunday, the Ministry of "
        "Health said."
    )
    assert result.claims[0].text.startswith("At least 41 people")


def test_the_subject_hung_on_an_according_to_source_stays_in_the_claim(extract):
    result = extract(
        "At least 41 people were killed in the town of Al-Nahra on Sunday, the Ministry of Health said.\n\n"
        "According to the World Food Programme, the Al-Nahra market was one of the last sources of food."
    )
    assert by_text(result, "one of the last").text.startswith("the Al-Nahra market was")


def test_she_after_an_interview_answer_is_the_one_who_answered(extract):
    result = extract(
        "Press secretary Lena Marrow took questions on Tuesday. President Elena Vasquez said she would ask "
        "Congress for $9 billion.\n\nQ: Will the administration offset it with cuts elsewhere?\n\n"
        "MARROW: No. Disaster relief has never been offset.\n\n"
        "Asked whether the administration would support the waiver, she said no decision had been made.\n"
    )
    in_order = sorted(result.claims, key=lambda c: c.start)
    assert [(c.actor, c.kind) for c in in_order] == [
        ("Elena Vasquez", "indirect"),
        ("Lena Marrow", "direct"),
        ("Lena Marrow", "indirect"),
    ]


def test_a_verb_read_as_a_plural_noun_still_opens_what_was_said(extract):
    result = extract(
        "The Food Safety Authority said the strain of listeria behind the outbreak matches bacteria found in soft "
        "cheese made by Meadowfield Dairies."
    )
    assert [c.text for c in result.claims] == [
        "the strain of listeria behind the outbreak matches bacteria found in soft cheese made by Meadowfield Dairies"
    ]


def test_a_name_after_a_day_speaks_through_the_participle(extract):
    result = extract(
        "On Monday spokeswoman Dr Nadia Ferrow said 180 people had been killed. On Thursday Ferrow updated the "
        "toll, saying 212 people had been killed."
    )
    assert [(c.actor, c.text) for c in result.claims] == [
        ("Nadia Ferrow", "180 people had been killed"),
        ("Nadia Ferrow", "212 people had been killed"),
    ]


def test_a_former_office_no_one_holds_refers_back(extract):
    result = extract(
        "The state chairman of the opposition party, Chief Emmanuel Oyekan, alleged that thugs had been sighted "
        'around the Assembly complex.\n\n"What is happening in Kwara today is a dangerous precedent," the former '
        "minister said.\n\nOne former director of nursing at a hospital in north Georgia said staff were "
        'exhausted. "We weren\'t allowed to hire them," the former director said.'
    )
    assert [c.actor for c in result.claims] == [
        "Emmanuel Oyekan",
        "Emmanuel Oyekan",
        "One former director of nursing at a hospital in north Georgia",
        "One former director of nursing at a hospital in north Georgia",
    ]


def test_an_interview_question_marker_is_no_part_of_a_name(extract):
    result = extract(
        "Jess Kettering lost the semi-final.\n\nQ. Jess said she thought play should have been stopped. "
        "Do you agree?\n\nA. No. It was hot for both of us.\n"
    )
    assert {c.actor for c in result.claims} == {"Jess Kettering"}


def test_a_day_between_the_cue_and_a_clause_without_that_is_when_it_was_said(extract):
    monday = by_text(extract("Brennick Motors said on Monday it would shut its gearbox plant."), "would shut")
    assert (monday.text, monday.time) == ("it would shut its gearbox plant", "on Monday")
    tuesday = by_text(extract("The ministry said Tuesday the talks had collapsed."), "collapsed")
    assert (tuesday.text, tuesday.time) == ("the talks had collapsed", "Tuesday")
    inside = by_text(extract("He said the plant closed on Monday."), "closed")
    assert (inside.text, inside.time) == ("the plant closed on Monday", None)


def test_a_role_with_a_phrase_then_a_name_is_that_person(extract):
    result = extract(
        "Counsel for the council, Martin Eyre KC, submitted that the council had acted reasonably. Counsel for "
        "the residents, Priya Lalwani KC, told the court that the council had wasted money.\n\n"
        'A reader in Mellow Bay, Anna Strand, has sent us this message: "The water came up to our door."'
    )
    assert [c.actor for c in result.claims] == ["Martin Eyre", "Priya Lalwani", "Anna Strand"]


def test_the_bare_role_is_whoever_holds_it_as_a_bare_title(extract):
    result = extract(
        "President Lucía Ramos said the vote had been rigged. The tribunal's president, Ana Paredes, said the "
        'complaint would be examined. Asked about early elections, the president said: "I will serve my full term."'
    )
    assert by_text(result, "my full term").actor == "Lucía Ramos"


def test_an_organisation_named_without_its_place_is_the_same_one(extract):
    result = extract(
        "The Corran Met Service said gusts had reached 140km/h. Later, the Met Service confirmed that the storm had "
        "made landfall. According to a count by the newspaper El Diario, 51 lawmakers will vote to remove the governor."
    )
    assert [c.actor for c in result.claims] == ["Corran Met Service", "Corran Met Service", "El Diario"]
    named_after = extract(
        '"The Met Service upgraded the alert at 06:10," Voss said. The Corran Met Service said gusts had reached '
        "140km/h. Later, the Met Service confirmed that the storm had made landfall."
    )
    assert [c.actor for c in named_after.claims][1:] == ["Corran Met Service", "Corran Met Service"]


def test_rejecting_the_criticism_or_that_argument_denies_it(extract):
    result = extract(
        "Opposition leader Ruth Okafor said the warning had come six hours too late. Minister Daniel Voss has "
        "rejected the criticism.\n\nMs Lane accused the agency of acting too slowly. She said she had spoken to "
        "families in Garrow. The agency's director, Tom Brisk, rejected the criticism.\n\nMr Eyre argued "
        "that no barrier could have withstood the storm. The judge, "
        "Eleanor Fairweather, rejected that argument."
    )
    criticism, argument = by_text(result, "the criticism"), by_text(result, "that argument")
    assert criticism.polarity == argument.polarity == "denied"
    assert criticism.refers_to == by_text(result, "six hours too late").id
    assert argument.refers_to == by_text(result, "no barrier").id
    answered = [c for c in result.claims if c.text == "the criticism"][1]
    assert answered.refers_to == by_text(result, "acting too slowly").id


def test_a_first_person_quote_inside_an_answer_is_no_claim_of_its_own(extract):
    result = extract(
        "Oskar Velling spoke to us at the theatre.\n\nQ: What do you tell your sister?\n\n"
        'A: I would say, "Come to a performance." She never comes.'
    )
    assert [(c.actor, c.cue) for c in result.claims] == [("Oskar Velling", "A:")]


def test_a_family_name_written_first_tells_no_gender(extract):
    result = extract(
        "A former executive said Han had told him he wanted to retire. Jung Tae-yang, who manages a fund, said "
        'the resignation was overdue. "Governance has been a family matter for too long," he said.'
    )
    assert by_text(result, "family matter").actor == "Jung Tae-yang"


def test_a_subject_set_before_the_speaker_belongs_to_what_was_said(extract):
    result = extract(
        "Commission chair Marta Velden said turnout had been 61.4 percent. Turnout, opposition leader Ivo Darnley "
        "told supporters, had been 48 percent at most."
    )
    claim = by_text(result, "48 percent")
    assert (claim.actor, claim.text, len(claim.segments)) == ("Ivo Darnley", "Turnout had been 48 percent at most", 2)


def test_a_document_issued_then_saying_speaks(extract):
    result = extract(
        "An army statement issued an hour later said the army had never agreed to foreign monitors. A report "
        "released by the ministry on Friday said 40 schools had closed."
    )
    assert [(c.actor, c.polarity) for c in result.claims] == [("the army", "asserted"), ("the ministry", "asserted")]


def test_an_office_someone_is_to_take_is_their_title(extract):
    result = extract(
        "The company said Lee Seung-woo would serve as acting chairman. Lee told reporters the firm would "
        "cooperate. Asked about the warnings, the acting chairman said it was not appropriate to comment.\n\n"
        "Nadia Petrov, who served as finance minister until 2019, said the budget was sound. The finance minister "
        "said the deficit would narrow."
    )
    assert by_text(result, "not appropriate").actor == "Lee Seung-woo"
    assert by_text(result, "deficit would narrow").actor != "Nadia Petrov"
