"""A ParsedDoc with each token's subtree indexed once, for the many tree walks of the coder."""

from __future__ import annotations

from dataclasses import dataclass

from dyads.records.parse import ParsedDoc


@dataclass(frozen=True, slots=True)
class IndexedDoc(ParsedDoc):
    """The same record, with each token's subtree (``below[i]``) computed once."""

    below: tuple[tuple[int, ...], ...] = ()  # each token's subtree (itself included), in text order

    @classmethod
    def of(cls, doc: ParsedDoc) -> IndexedDoc:
        kids = [doc.children(t.i) for t in doc.tokens]
        below: list[tuple[int, ...] | None] = [None] * len(doc.tokens)

        def walk(i: int) -> tuple[int, ...]:
            stack, order, seen = [i], [], {i}
            while stack:  # iterative post-order: children before their head
                j = stack.pop()
                order.append(j)
                # ``seen``: heads that form a cycle (no parser gives one, a damaged record may) end the walk
                nxt = [k.i for k in kids[j] if below[k.i] is None and k.i not in seen]
                seen.update(nxt)
                stack.extend(nxt)
            for j in reversed(order):
                if below[j] is None:
                    below[j] = tuple(sorted((j, *(m for k in kids[j] for m in below[k.i] or ()))))
            return below[i] or (i,)

        for t in doc.tokens:
            if below[t.i] is None:
                walk(t.i)
        return cls(doc_id=doc.doc_id, text=doc.text, tokens=doc.tokens, sentences=doc.sentences,
                   entities=doc.entities, below=tuple(b or () for b in below))
