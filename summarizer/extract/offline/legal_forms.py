"""A company's legal form and the word for 'group', as company names carry them in any language.

'Varnholt Gruppe AG', 'Brenzoni SpA', 'Kestrava GmbH', 'Orlanda S.A.', 'Pellisar plc': each closing word says the
name is a firm's, and the word before the form alone is what an article calls the firm afterwards ('Varnholt').
Keys are lower-cased with a closing full stop dropped ('S.A.' -> 's.a'), as the name readers compare words. Forms that
are also English words ('as', 'se', 'sa', 'ab', 'oy') are left out: a capitalised 'As' opens sentences.
"""

from __future__ import annotations

LEGAL_FORMS = frozenset(["plc", "ltd", "llc", "inc", "corp", "ag", "gmbh", "kgaa", "spa", "s.p.a", "s.a", "srl", "s.r.l",
                         "sarl", "s.a.r.l", "sas", "nv", "n.v", "bv", "b.v", "asa", "oyj", "pty"])
# 'Group' in the languages company names keep untranslated ('Steinberg Gruppe', 'Groupe Lavalle', 'Grupo Ferrán').
GROUP_WORDS = frozenset(["group", "gruppe", "groupe", "grupo", "gruppo", "groep", "grupa", "konzern", "koncern"])
# Forms written with a capital inside, or in small letters, which a name word's shape does not allow: read as the
# closing word of the name they follow ('Kestrava GmbH', 'Pellisar plc'), never as a name of their own.
UNCAPITALISED_FORMS = ("GmbH", "KGaA", "SpA", "S.p.A.", "S.r.l.", "Srl", "Sàrl", "plc")
