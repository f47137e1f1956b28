"""Frames, negation and modality: how the words around an act change its code.

"agreed to supply" -> intent (03x); "called on China to invest" -> appeal (02x);
"refused to meet" -> reject (12x) or negated; "threatened to shell" -> threat (13x);
"will visit" -> intent; "may halt mediation" -> threat; "did not attack" -> negated.
"""

from __future__ import annotations

from dataclasses import dataclass

from dyads.events.frames.conditions import conditional_clause, named_in_condition
from dyads.events.frames.questions import asks_a_question, questioned
from dyads.events.patterns.loading import Complement, Fallback, Frame, ModalKind, PatternSet
from dyads.events.patterns.matching import Match, best_match, forms, is_passive
from dyads.events.roots import PROTEST_ROOT
from dyads.events.sides.arguments import finite_beside_infinitive
from dyads.records.event import Modality
from dyads.records.parse import ParsedDoc

# Dependency relations an act may hang from below its frame verb.
_UP = frozenset({"xcomp", "ccomp", "dobj", "pobj", "pcomp", "prep", "acl", "advcl", "nsubjpass", "attr", "oprd", "conj",
                 "acomp"})
_COOPERATIVE_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "07", "08", "09"})
_NEGATORS = frozenset({"not", "n't", "never", "no"})


@dataclass(frozen=True, slots=True)
class FrameHit:
    frame: Frame
    match: Match


@dataclass(frozen=True, slots=True)
class Framing:
    """The outcome for one act: the code to emit and who holds the source/target roles."""

    code: str
    negated: bool
    modality: Modality
    frame: FrameHit | None  # the frame whose verb supplies the source (and maybe the target)
    obligation: bool = False  # "X said Y must / should ...": a demand or an appeal by the speaker to the act's subject
    bearer: int | None = None  # the word whose subject owes the act, when not the act's own ("Y must agree to [V]")


def frame_at(doc: ParsedDoc, i: int, patterns: PatternSet) -> FrameHit | None:
    tok = doc.tokens[i]
    hits = patterns.frames_for(tok.lemma)
    if tok.pos != "ADJ":  # an adjective is its own word: "appealing to buyers" is no appeal, "willing" is listed
        for form in forms(tok.text.lower()):
            hits += patterns.frames_for(form)
    best: FrameHit | None = None
    particles = {c.lemma.lower() for c in doc.children(i) if c.dep == "prt"}
    for frame, pattern in hits:
        if particles - set(pattern.text.split()):  # "set up a venture" is not "set to": another verb
            continue
        m = best_match(doc, (pattern,), i)
        if m is not None and (best is None or m.score > best.match.score):
            best = FrameHit(frame, m)
    if best is None:
        # "called [for Israel to withdraw]": the parser made "for" the clause's own, and its subject the addressee
        for frame, pattern in hits:
            words = pattern.text.split()
            if len(words) != 2 or words[1] != "for":
                continue
            near = list(doc.children(i))
            if tok.pos == "NOUN" and tok.dep == "dobj":  # "repeated their calls [for Syria to withdraw]"
                near += [c for c in doc.children(tok.head) if c.i > i]
            for c in near:
                subjects = [g.i for g in doc.children(c.i) if g.dep == "nsubj"]
                if c.dep in ("advcl", "ccomp", "xcomp", "acl") and wished_for(doc, c.i) and subjects:
                    return FrameHit(frame, Match(pattern, i, (i,), subjects[0], "for"))
    return best


_GERUND_ONLY = "halt"  # a frame of stopping governs only its own gerund: "stopped [supplying]"


_WH_PLACE_TIME = frozenset({"where", "when", "whereby"})


def governing_frame(doc: ParsedDoc, i: int, frames: dict[int, FrameHit], acts: frozenset[int],
                    patterns: PatternSet) -> FrameHit | None:
    """The frame verb above act ``i`` ("agreed to [supply]", "called for the [withdrawal]")."""
    j, hops = i, 0
    while hops < 5:
        tok = doc.tokens[j]
        if tok.dep not in _UP or tok.head == j:
            return None
        h = tok.head
        if finite_beside_infinitive(doc, tok):
            return None  # "promised to represent all Australians and [thanked] Howard": said outside the frame
        if tok.dep == "ccomp" and any(c.dep == "advmod" and c.lemma in _WH_PLACE_TIME for c in doc.children(j)):
            return None  # "threatened to shell towns ... in the city [where 100 people were killed]": a relative clause
        if done_before(doc, j):
            return None  # "refused to dismiss the juror [after speaking] with him": what was done already
        if tok.dep == "advcl" and wished_for(doc, j):  # "repeated their [calls] for Syria to withdraw"
            noun = next((c.i for c in doc.children(h) if c.dep == "dobj" and c.i in frames and c.i < j), None)
            if noun is not None:
                return frames[noun]
        if tok.dep == "ccomp":  # "reiterated its [demand] today that Israel ease ...": the clause is the noun's
            noun = next((c.i for c in doc.children(h) if c.dep == "dobj" and c.i in frames and c.i < j
                         and doc.tokens[c.i].pos in ("NOUN", "PROPN")), None)
            if noun is not None:
                return frames[noun]
        if tok.dep == "advcl" and any(c.dep == "mark" and c.lemma in _BESIDE for c in doc.children(j)) and any(
                c.dep in ("nsubj", "nsubjpass") for c in doc.children(j)):
            return None  # "expect turbulence [as companies come under pressure to supply ...]": a clause of its own
        if h in frames:
            hit = frames[h]
            if asks_a_question(doc, h):
                return None  # "asked Bush [about the war]": a question, no appeal for a war
            if tok.dep == "prep" and tok.lemma in _CIRCUMSTANCE and not any(c.dep == "pcomp" for c in doc.children(j)):
                return None  # "agreed to US mediation [in the talks with] the Palestinians": where, not what
            if hit.frame.transform == _GERUND_ONLY and not (hops == 0 and tok.dep == "xcomp" and tok.tag == "VBG"):
                return None
            if hit.frame.complement is Complement.INFINITIVE and not (hops == 0 and tok.dep == "xcomp"):
                return None  # "hopes the EU will lift the ban": the hope is no act of the EU's
            if tok.dep in ("conj", "relcl") or (tok.dep == "ccomp" and hit.frame.fallback is Fallback.NEGATED):
                return None
            if (tok.dep == "advcl" and any(c.dep == "aux" and c.lemma == "to" for c in doc.children(j))
                    and any(c.dep == "dobj" and c.pos in ("NOUN", "PROPN") and c.i not in hit.match.tokens
                            for c in doc.children(h))):
                return None  # "offered its troops to X [to help him oust Y]": what the thing offered is for
            # "was aimed at": no frame; but "is expected [to visit]", "was asked [to release]" frame the infinitive
            if is_passive(doc, h) and tok.dep not in ("nsubjpass", "xcomp"):
                return None
            if tok.dep == "nsubjpass" and not is_passive(doc, h):
                return None
            return hit
        head = doc.tokens[h]
        if h in acts and head.lemma not in patterns.carriers and tok.dep != "conj":
            return None  # an act's own conjunct shares its frame: "agreed to supply gas and [build] a pipeline"
        # climb through nouns only as their complement ("the delivery of aid") or an addressee's
        # infinitive ("called for Burma to institute reforms")
        infinitive = tok.dep in ("acl", "xcomp") and any(c.lemma == "to" and c.dep == "aux" for c in doc.children(j))
        if head.pos in ("NOUN", "PROPN") and head.lemma not in patterns.carriers and tok.dep != "pobj" and not infinitive:
            return None
        j, hops = h, hops + 1
    return None


# roots of acts done by saying: a complaint, a demand or an appeal exists once made, whoever turns it down
_SAID_ROOTS = frozenset({"01", "02", "10", "11", "12", "13", "14"})


def made_then_turned_down(doc: ParsedDoc, hit: FrameHit, code: str, *, nominal: bool) -> bool:
    """A said act, told by its noun, that was turned down by nobody named: "the complaint filed by a
    rights group against the minister [was dismissed]" is still a complaint made (the rejection, with
    no one to do it, is no event), where "the offer of aid was rejected" gives no aid."""
    head = hit.match.head
    return (nominal and hit.frame.fallback is Fallback.NEGATED and code[:2] in _SAID_ROOTS
            and is_passive(doc, head) and not any(c.dep == "agent" for c in doc.children(head)))


_AFTER = frozenset({"after", "since"})
# the marks of a clause told beside a frame, with a subject of its own: what happens meanwhile, or why
_BESIDE = frozenset({"as", "while", "because", "although", "though", "whereas", "whilst"})
# prepositions of a frame verb's circumstances: a noun below them is where or when, not what is framed
# ("interested [in] buying" frames its verb)
_CIRCUMSTANCE = frozenset({"in", "at", "during", "amid", "despite", "following", "after", "before", "since",
                           "throughout"})


def done_before(doc: ParsedDoc, j: int) -> bool:
    """A clause of what had already happened when the framed act was wanted or refused: "after
    speaking with the juror", "after he met the envoy", "since signing the accord"."""
    tok = doc.tokens[j]
    if tok.dep == "pcomp" and doc.tokens[tok.head].lemma in _AFTER:
        return _told_as_past(doc, doc.tokens[tok.head].head)
    if tok.dep == "advcl" and any(c.dep == "mark" and c.lemma in _AFTER for c in doc.children(j)):
        return _told_as_past(doc, tok.head)
    return False


_CLIMB = frozenset({"xcomp", "acl", "dobj", "pobj", "prep", "pcomp", "ccomp"})


def _told_as_past(doc: ParsedDoc, i: int) -> bool:
    """Whether the clause above ``i`` is told in the past ("refused to ...", "had agreed to ..."): only
    then has what came before it happened ("plans to visit Japan after meeting the premier" has not)."""
    for _ in range(6):
        tok = doc.tokens[i]
        if tok.pos in ("VERB", "AUX"):
            auxes = [c for c in doc.children(i) if c.dep in ("aux", "auxpass")]
            if tok.tag == "VBD" or any(a.tag == "VBD" or a.lemma == "have" for a in auxes):
                return not any(a.tag == "MD" for a in auxes)
            if tok.tag in ("VBZ", "VBP") or any(a.tag in ("MD", "VBZ", "VBP") for a in auxes):
                return False
        if tok.dep not in _CLIMB or tok.head == i:
            return False
        i = tok.head
    return False


def negated_here(doc: ParsedDoc, i: int) -> bool:
    """"did not attack", "never visited"; and an act on or by nobody: "[nobody] was killed", "met no one";
    and either side of "neither ... nor": "[neither] criticized X nor opposed Y", "[Neither] A nor B attacked"."""
    tok = doc.tokens[i]
    if tok.dep == "conj" and tok.head != i and any(
            c.dep == "cc" and c.lemma.lower() == "nor" and c.i < i for c in doc.children(tok.head)):
        return True
    return any(c.dep == "neg" or (c.lemma in _NEGATORS and c.dep in ("advmod", "det"))
               or (c.lemma.lower() == "neither" and c.dep in ("preconj", "det", "cc", "advmod"))
               or (c.dep in ("nsubj", "nsubjpass", "dobj") and (_nobody(doc, c.i) or _neither(doc, c.i)))
               for c in doc.children(i))


_ABLE = frozenset({"able"})


def not_able(doc: ParsedDoc, i: int) -> bool:
    """"were [not] able to recognize": what one could not do was not done, and was no refusal either."""
    tok = doc.tokens[i]
    if tok.dep != "xcomp" or tok.head == i or doc.tokens[tok.head].lemma.lower() not in _ABLE:
        return False
    able = doc.tokens[tok.head]
    holders = [able.i] + ([able.head] if able.dep == "acomp" and able.head != able.i else [])
    return any(c.dep == "neg" for h in holders for c in doc.children(h))


def _neither(doc: ParsedDoc, i: int) -> bool:
    """"[Neither] Russia nor China", "neither side"."""
    return any(c.lemma.lower() == "neither" and c.dep in ("det", "preconj", "cc") for c in doc.children(i))


_NOBODY = frozenset({"nobody", "none", "noone", "nothing"})


def _nobody(doc: ParsedDoc, i: int) -> bool:
    """"nobody", "none", "no one", "no soldiers"."""
    word = doc.tokens[i].text.lower()
    if word in _NOBODY or (word == "one" and i > 0 and doc.tokens[i - 1].text.lower() == "no"):
        return True
    return any(c.dep == "det" and c.text.lower() == "no" for c in doc.children(i))


# What a speaker says another owes: (the code transform, the code when the act has none).
_OWED = {ModalKind.OBLIGATION: ("demand", "100"), ModalKind.ADVICE: ("appeal", "020")}


def owed_code(kind: ModalKind | None, code: str | None, patterns: PatternSet) -> str | None:
    """The speaker's own act when a reported clause says what another must (a demand) or should (an
    appeal) do: coded by the act owed ("Israel must withdraw": 1056; "should withdraw": 0256), else the
    demand or appeal not specified; None when the modal owes nothing."""
    owed = _OWED.get(kind) if kind is not None else None
    if owed is None:
        return None
    return (_transform(patterns, owed[0], code) if code else None) or owed[1]


def modal_here(doc: ParsedDoc, i: int, patterns: PatternSet) -> ModalKind | None:
    if questioned(doc, i):  # "asked Bush how he could [work with] Congress": asked, not said
        return ModalKind.HYPOTHETICAL
    for c in doc.children(i):
        if c.dep in ("aux", "auxpass"):
            kind = patterns.modal(c.lemma) or patterns.modal(c.text.lower())
            if kind is not None:
                return kind
    tok = doc.tokens[i]
    if tok.tag == "MD":  # "Iran [ought] to accept": the parser made the modal the clause's verb
        return patterns.modal(tok.lemma) or patterns.modal(tok.text.lower())
    head = doc.tokens[tok.head]
    if tok.dep == "xcomp" and head.i != i:
        if head.lemma in ("have", "need"):  # "had to return", "needs to enact"
            return ModalKind.OBLIGATION
        if head.tag == "MD":  # "ought to withdraw", parsed with "ought" as the clause's verb
            return patterns.modal(head.lemma) or patterns.modal(head.text.lower())
    if tok.dep in ("advcl", "xcomp") and head.i != i and any(c.lemma == "to" and c.dep == "aux" for c in doc.children(i)):
        inherited = modal_here(doc, head.i, patterns)  # "will visit Senegal to mediate": the purpose is future too
        if inherited in (ModalKind.FUTURE, ModalKind.HYPOTHETICAL):
            return inherited
    if conditional_clause(doc, i) or any(conditional_clause(doc, c.i) for c in doc.children(i)):
        return ModalKind.HYPOTHETICAL
    if tok.pos in ("NOUN", "PROPN") and named_in_condition(doc, i):
        return ModalKind.HYPOTHETICAL  # "unless Israel rescinded its [annexation]": an act named in a condition
    return None


def _transform(patterns: PatternSet, name: str, code: str) -> str | None:
    t = patterns.transform(name)
    return t.apply(code) if t is not None else None


def frame_holder(doc: ParsedDoc, hit: FrameHit) -> int:
    """The word that carries a frame's modal and clause: the frame verb, or the copula of a frame
    adjective ("must be [ready] to mediate")."""
    tok = doc.tokens[hit.match.head]
    return tok.head if tok.dep == "acomp" else hit.match.head


def owed_frame(doc: ParsedDoc, hit: FrameHit, code: str, patterns: PatternSet) -> Framing | None:
    """A frame verb under "must"/"should" in a reported clause ("Mubarak said the US [must be ready to
    mediate]", "the rebels said Kagame [must agree to] changes"): a demand (or, for "should", an appeal)
    by the speaker to the frame's subject, coded by what is owed (mediation: 108; reform: 1044), else a
    demand (an appeal) not specified."""
    holder = frame_holder(doc, hit)
    owed = owed_code(modal_here(doc, holder, patterns), code, patterns)
    if owed is None or negated_here(doc, holder):
        return None
    return Framing(owed, False, Modality.ASSERTED, None, obligation=True, bearer=holder)


_ADOPTED_ROOTS = frozenset({"16", "17"})


def frame_act(code: str, hit: FrameHit, patterns: PatternSet, *, adopted: bool = False) -> Framing:
    """An act under a frame verb.  ``adopted``: the frame verb is "agree" and the act a noun ("the EU
    agreed on / to new sanctions"): a body agreeing on a sanction or a restriction adopts it, so a
    measure of roots 16/17 is the act itself, not an intent or a threat."""
    if adopted and code[:2] in _ADOPTED_ROOTS:
        return Framing(code, False, Modality.ASSERTED, hit)
    new = _transform(patterns, hit.frame.transform, code)
    if new is not None:
        return Framing(new, False, Modality.ASSERTED, hit)
    if hit.frame.fallback is Fallback.CODE:
        return Framing(hit.frame.code, False, Modality.ASSERTED, hit)
    if hit.frame.fallback is Fallback.NEGATED:
        return Framing(code, True, Modality.ASSERTED, hit)
    return Framing(code, False, hit.frame.modality, hit)


def wished_for(doc: ParsedDoc, i: int) -> bool:
    """A verb in a "for X to V" clause: "calls for Syria to withdraw", "pressure for Iran to halt"."""
    kids = doc.children(i)
    return (doc.tokens[i].pos in ("VERB", "AUX") and any(c.dep == "mark" and c.text.lower() == "for" for c in kids)
            and any(c.dep == "aux" and c.text.lower() == "to" for c in kids))




def purpose_clause(doc: ParsedDoc, i: int, patterns: PatternSet) -> bool:
    """A verb in a clause saying what another act is for: "sent material [to help defend] Saudi Arabia",
    "mobilized groups [to support] the Palestinians", "embarked on a trip [to seek] support": the aim,
    not an act done; but "took steps [to enhance] freedoms" and "opened the bridge [to allow] deliveries"
    tell the act (``steps_towards`` and ``enabling`` in the lexicon)."""
    tok = doc.tokens[i]
    head = doc.tokens[tok.head]
    if tok.dep in ("xcomp", "ccomp") and head.lemma == "help" and head.i != i:  # "to help [defend]", "help him [oust]"
        return purpose_clause(doc, head.i, patterns)
    kids = doc.children(i)
    if any(c.dep == "prt" and c.lemma == "on" for c in doc.children(head.i)):
        return False  # "went on [to criticize]": done next
    return (tok.dep == "advcl" and tok.pos == "VERB" and head.i != i and head.pos in ("VERB", "AUX")
            and head.lemma not in patterns.words("steps_towards") and tok.lemma not in patterns.words("enabling")
            and any(c.dep == "aux" and c.text.lower() == "to" for c in kids)
            and not any(c.dep in ("nsubj", "nsubjpass", "mark") for c in kids))


def plain_act(doc: ParsedDoc, i: int, code: str, patterns: PatternSet, *, obligation_ok: bool) -> Framing:
    """An act with no frame verb: negation, then modal verbs and conditions."""
    root = code[:2]
    if named_in_condition(doc, i):
        # "unless it [frees] the activists", "unless Israel rescinded its [annexation]": a condition, neither
        # done nor meant, nor refused when negated ("if the government does not [pull out] the troops")
        return Framing(code, False, Modality.HYPOTHETICAL, None)
    if not_able(doc, i):
        return Framing(code, True, Modality.ASSERTED, None)
    if negated_here(doc, i):
        new = _transform(patterns, "reject", code) if root in _COOPERATIVE_ROOTS else None
        return Framing(new, False, Modality.ASSERTED, None) if new else Framing(code, True, Modality.ASSERTED, None)
    # (a protest is done by gathering for it: "marched [to protest] against ..." is the protest)
    if wished_for(doc, i) or (root != PROTEST_ROOT and purpose_clause(doc, i, patterns)):  # "calls for [Syria to withdraw]": wanted, not done
        return Framing(code, False, Modality.HYPOTHETICAL, None)
    if questioned(doc, i):  # "asked Bush how he could [work with] Congress": asked about, not said, not meant
        return Framing(code, False, Modality.HYPOTHETICAL, None)
    kind = modal_here(doc, i, patterns)
    if kind is None:
        return Framing(code, False, Modality.ASSERTED, None)
    if kind in _OWED:
        owed = owed_code(kind, code, patterns) if obligation_ok else None
        if owed is not None:
            return Framing(owed, False, Modality.ASSERTED, None, obligation=True)
        return Framing(code, False, Modality.HYPOTHETICAL, None)
    table = "intent" if root in _COOPERATIVE_ROOTS else "threat"
    new = _transform(patterns, table, code)
    if new is not None:
        return Framing(new, False, Modality.ASSERTED, None)
    return Framing(code, False, Modality.FUTURE if kind is ModalKind.FUTURE else Modality.HYPOTHETICAL, None)
