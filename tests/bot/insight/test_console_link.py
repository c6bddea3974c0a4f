"""The console's link to the latest demand report: served by the running assistant behind the
console's token, only the report's own files, and a clear answer while there is none."""
import shutil

import pytest

from tests.channels.conftest import Hotline
from tests.conftest import HOTLINE_TOKEN

pytestmark = pytest.mark.servers


def test_the_console_serves_the_latest_report(servers, report):
    hotline = Hotline(servers.rasa_url, HOTLINE_TOKEN)
    shutil.rmtree(servers.report_dir, ignore_errors=True)
    status, answer = hotline.get("report/")
    assert status == 404 and answer["error"] == "no_report" and "make report" in answer["message"]

    shutil.copytree(report["out"], servers.report_dir)
    status, page = hotline.get("report/")
    assert status == 200 and "<html" in page and "各领域" in page
    status, table = hotline.get("report/by_domain.csv")
    assert status == 200 and "领域编号" in table
    assert hotline.get("report/", token=None)[0] == 401  # the console's token, as every hotline route
    for name in ("..%2F..%2Fcredentials.yml", "tracker.sqlite3", "index.js"):
        assert hotline.get(f"report/{name}")[0] == 404
