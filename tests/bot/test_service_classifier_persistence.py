"""The service classifier is saved as JSON and arrays (no pickle) and loads back to the same rankings."""
import zipfile

import numpy as np
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.service_classifier import MODEL_ARRAYS, MODEL_JSON, ServiceClassifier, TextServiceModel
from bot.nlu.tokenizer import CatalogueTokenizer, Segmenter

EXAMPLES = {
    "minimum_living_allowance": ["低保怎么申请", "最低生活保障找谁办", "家里困难能吃低保吗", "低保的条件"],
    "public_rental_housing": ["公租房怎么申请", "公共租赁住房在哪里办", "租房困难有什么政策", "公租房排队"],
    "kindergarten_enrolment": ["孩子上幼儿园怎么报名", "幼儿园入园", "学前教育怎么办", "三岁上幼儿园"],
}
QUESTIONS = ["低保要什么材料", "公租房去哪里申请", "小孩上幼儿园", "我想问问住房"]


SEGMENTER = Segmenter()


def words(texts):
    return [SEGMENTER.cut(t) for t in texts]


def train_model():
    texts = [t for ts in EXAMPLES.values() for t in ts]
    labels = [label for label, ts in EXAMPLES.items() for _ in ts]
    return TextServiceModel().fit(texts, words(texts), labels)


def test_save_and_load_give_the_same_rankings(tmp_path):
    model = train_model()
    model.save(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [MODEL_JSON, MODEL_ARRAYS]
    with zipfile.ZipFile(tmp_path / MODEL_ARRAYS) as archive:  # every array a plain .npy, none an object array
        for name in archive.namelist():
            np.load(archive.open(name), allow_pickle=False)
    loaded = TextServiceModel.load(tmp_path)
    assert loaded._weights.dtype == np.float32
    before, after = model.rank(QUESTIONS, words(QUESTIONS)), loaded.rank(QUESTIONS, words(QUESTIONS))
    assert [[sid for sid, _ in r] for r in before] == [[sid for sid, _ in r] for r in after]
    assert np.allclose([[p for _, p in r] for r in before], [[p for _, p in r] for r in after], atol=1e-6)
    assert after[0][0][0] == "minimum_living_allowance" and after[1][0][0] == "public_rental_housing"


def test_the_component_persists_through_rasas_model_storage(tmp_path):
    storage = LocalModelStorage(tmp_path)
    resource = Resource("service_classifier")
    messages = [Message(data={"text": t, "intent": "find_service", "metadata": {"example": {"service": label}}})
                for label, ts in EXAMPLES.items() for t in ts]
    tokenizer = CatalogueTokenizer.create({}, storage, Resource("tokenizer"), execution_context=None)
    ServiceClassifier({}, storage, resource).train(tokenizer.process_training_data(TrainingData(messages)))
    stored = list((tmp_path / "service_classifier").iterdir())
    assert stored and not any(p.suffix in (".pkl", ".pickle") for p in stored)
    component = ServiceClassifier.load({}, storage, resource, execution_context=None)
    message = Message(data={"text": "低保要什么材料"})
    component.process(tokenizer.process([message]))
    assert message.get("service_ranking")[0]["id"] == "minimum_living_allowance"
