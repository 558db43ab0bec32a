"""Dutch CAMEO event coder: parsed spaCy Doc + article date -> GDELT-compatible event rows.

Public API (used by the pipeline):

    from geoevents.transforms.coder import CODER_VERSION, EventCoder
    coder = EventCoder()                      # package dictionaries in transforms/coder/data/
    rows = coder.code_doc(doc, datetime.date(2023, 11, 15))
    coder.resolve_entity(span, date)          # {"actor_code", "country_code", "known_group_code", "type_code"}
"""

from .coder import EventCoder
from .common import CODER_VERSION, LEAD_SENTENCES
from .dictionaries import DictionaryError
from .doc_arrays import sentence_starts

__all__ = [
    "CODER_VERSION",
    "LEAD_SENTENCES",
    "DictionaryError",
    "EventCoder",
    "sentence_starts",
]
