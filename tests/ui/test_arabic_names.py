"""Issue 16: in Arabic, stored places and actors read by their Arabic names; ACLED's stay stored."""

from reviewer.storage.events import get_event

from .conftest import click, key, pick, type_text


def _new_event(qtbot, window) -> int:
    key(qtbot, window.article_view, "N", "Ctrl")
    return window.event_form.current_event_id()


def _other_row_then_back(qtbot, window) -> None:
    """Open the next article and come back with the arrow keys of the list, as a person does."""
    table = window.article_table
    click(qtbot, table.viewport(), table.visualRect(table.currentIndex()).center())
    key(qtbot, table, "Down")
    key(qtbot, table, "Up")


def _shown(form) -> dict[str, str]:
    fields = ("location", "admin1", "admin2", "actor1", "actor2", "assoc_actor_1")
    return {field: getattr(form, field).text() for field in fields}


def test_places_and_actors_read_in_arabic_and_are_stored_in_english(
    qtbot, arabic, make_window, db_path
):
    window = make_window(db_path)
    form = window.event_form
    event_id = _new_event(qtbot, window)

    pick(qtbot, form.location_picker, "حماة")  # the town ranks first
    pick(qtbot, form.actor1_picker, "تحرير الشام")
    # An actor's whole Arabic name typed and left is a choice too.
    click(qtbot, form.actor2)
    type_text(form.actor2, "الجيش السوري")
    key(qtbot, form.actor2, "Tab")
    pick(qtbot, form.assoc_pickers[0], "الجيش الوطني")
    type_text(form.assoc_actor_1, "; ")
    pick(qtbot, form.assoc_pickers[0], "قسد")
    form.flush()

    event = get_event(window._db, event_id)
    assert (event["location"], event["admin1"], event["admin2"]) == ("Hama", "Hama", "Hama")
    assert (event["actor1"], event["inter1"]) == ("Hayat Tahrir al-Sham", "Rebel group")
    assert event["actor2"] == "Military Forces of Syria (2000-2024)"
    assert event["inter2"] == "State forces"
    assert event["assoc_actor_1"] == "Syrian National Army; QSD: Syrian Democratic Forces"
    arabic_names = {
        "location": "حماة",
        "admin1": "حماة",
        "admin2": "حماة",
        "actor1": "هيئة تحرير الشام",
        "actor2": "الجيش السوري",
        "assoc_actor_1": "الجيش الوطني السوري; قوات سوريا الديمقراطية",
    }
    assert _shown(form) == arabic_names

    _other_row_then_back(qtbot, window)  # the event is read again from the file
    list_item = form.event_list.currentItem()
    qtbot.waitUntil(lambda: form.current_event_id() == event_id)
    assert _shown(form) == arabic_names
    assert "حماة" in list_item.text() and "Hama" not in list_item.text()
    # The event's history names the same places and actors, in Arabic too.
    window.side.history.refresh()
    cells = {cell for row in window.side.history.row_texts() for cell in row}
    assert {"هيئة تحرير الشام", "حماة", "الجيش السوري"} <= cells
    assert "Hayat Tahrir al-Sham" not in cells and "Hama" not in cells


def test_an_arabic_admin_name_typed_is_stored_by_its_english_name(
    qtbot, arabic, make_window, db_path
):
    window = make_window(db_path)
    form = window.event_form
    event_id = _new_event(qtbot, window)
    click(qtbot, form.admin1)
    type_text(form.admin1, "ريف دمشق")
    key(qtbot, form.admin1, "Tab")
    form.flush()
    assert get_event(window._db, event_id)["admin1"] == "Rural Damascus"
    assert form.admin1.text() == "ريف دمشق"
    click(qtbot, form.admin3)
    type_text(form.admin3, "قرية لا يعرفها الدليل")  # not in the gazetteer: kept as typed
    key(qtbot, form.admin3, "Tab")
    form.flush()
    assert get_event(window._db, event_id)["admin3"] == "قرية لا يعرفها الدليل"


def test_an_english_window_shows_the_english_names(qtbot, make_window, db_path):
    window = make_window(db_path)
    form = window.event_form
    event_id = _new_event(qtbot, window)
    pick(qtbot, form.location_picker, "حماة")
    pick(qtbot, form.actor1_picker, "تحرير الشام")
    form.flush()
    assert get_event(window._db, event_id)["actor1"] == "Hayat Tahrir al-Sham"
    assert (form.location.text(), form.actor1.text(), form.admin1.text()) == (
        "Hama",
        "Hayat Tahrir al-Sham",
        "Hama",
    )


def test_a_custom_actor_reads_by_its_own_arabic_name(qtbot, arabic, make_window, db_path):
    from reviewer.storage.custom_vocab import add_custom_actor

    window = make_window(db_path)
    add_custom_actor(
        window._db, "Local Militia (Hama)", "Rebel group", aliases_ar=["ميليشيا محلية"]
    )
    window.close()
    window = make_window(db_path)  # the project's list as the window reads it on opening
    form = window.event_form
    event_id = _new_event(qtbot, window)
    pick(qtbot, form.actor1_picker, "ميليشيا محلية")
    form.flush()
    assert get_event(window._db, event_id)["actor1"] == "Local Militia (Hama)"
    assert form.actor1.text() == "ميليشيا محلية"


def test_an_event_without_an_arabic_place_name_is_listed_by_the_gazetteer(
    qtbot, arabic, make_window, db_path
):
    """Events imported from a CSV hold ACLED's location only: the list still reads Arabic."""
    from reviewer.project import open_project
    from reviewer.storage.events import create_event

    db = open_project(db_path, seed_sample=True)
    article = db.execute("SELECT min(id) FROM articles").fetchone()[0]
    create_event(db, article, location="Homs", admin1="Homs", actor1="Hayat Tahrir al-Sham")
    db.close()
    window = make_window(db_path)
    _other_row_then_back(qtbot, window)
    item = window.event_form.event_list.item(0)
    assert "حمص" in item.text() and "Homs" not in item.text()
    click(
        qtbot,
        window.event_form.event_list.viewport(),
        window.event_form.event_list.visualItemRect(item).center(),
    )
    assert (window.event_form.location.text(), window.event_form.admin1.text()) == ("حمص", "حمص")


def test_adding_an_actor_in_arabic(qtbot, arabic, make_window, db_path):
    """The add dialog's refusals read in Arabic; the new actor then reads by its Arabic name."""
    from PySide6.QtWidgets import QDialogButtonBox

    window = make_window(db_path)
    form = window.event_form
    event_id = _new_event(qtbot, window)
    click(qtbot, form.actor1)
    type_text(form.actor1, "عشائر البوعساف")
    popup = form.actor1_picker.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    for _ in range(form.actor1_picker.model.rowCount()):  # down to "+ إضافة …"
        key(qtbot, popup, "Down")
    key(qtbot, popup, "Return")
    dialog = form.add_dialog
    qtbot.waitUntil(dialog.isVisible)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    click(qtbot, ok)
    assert dialog.error.text() == "يحتاج الفاعل إلى اسم"
    click(qtbot, dialog.name)
    type_text(dialog.name, "Hayat Tahrir al-Sham")
    click(qtbot, ok)
    # The English name is isolated (LRI … PDI) so it keeps its order in the Arabic sentence.
    assert dialog.error.text() == "«\u2066Hayat Tahrir al-Sham\u2069» موجود في قائمة الفاعلين"
    dialog.name.selectAll()
    type_text(dialog.name, "Buassaf Tribal Militia (Syria)")
    click(qtbot, ok)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    form.flush()
    assert get_event(window._db, event_id)["actor1"] == "Buassaf Tribal Militia (Syria)"
    assert form.actor1.text() == "عشائر البوعساف"
