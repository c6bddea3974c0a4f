"""好差评: the resident rates an answer on the five-level scale, kept with the conversation."""
from __future__ import annotations

import json
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import buttons, latest_entity, latest_text
from bot.answers import RATINGS

# Typed ratings, most specific first ("不满意" before "满意").
_WORDS = [
    ("非常不满意", ("非常不满意", "很不满意", "太差", "极差", "非常差", "差评")),
    ("不满意", ("不满意", "不太满意", "不好", "没用", "没帮助", "差")),
    ("基本满意", ("基本满意", "还行", "一般", "凑合", "还可以")),
    ("非常满意", ("非常满意", "很满意", "特别满意", "太好了", "非常好", "五星")),
    ("满意", ("满意", "好评", "不错", "挺好", "有帮助", "好的")),
]


def read_rating(text: str, entity: Optional[str] = None) -> Optional[str]:
    if entity in RATINGS:
        return entity
    for rating, words in _WORDS:
        if any(w in text for w in words):
            return rating
    return None


class ActionRecordRating(Action):
    def name(self) -> Text:
        return "action_record_rating"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        rating = read_rating(latest_text(tracker), latest_entity(tracker, "rating"))
        if rating is None:
            dispatcher.utter_message(
                text="请在五个等级里选一个：",
                buttons=buttons((r, f"/rate_service{json.dumps({'rating': r}, ensure_ascii=False)}") for r in RATINGS),
            )
            return []
        if rating in ("不满意", "非常不满意"):
            text = "谢谢您的评价，我们会改进。需要的话可以说“转人工”，或拨打12345政务服务便民热线。"
        else:
            text = "谢谢您的评价！还有什么可以帮您？"
        dispatcher.utter_message(text=text)
        return [SlotSet("rating", rating), SlotSet("rated_service", tracker.get_slot("current_service"))]
