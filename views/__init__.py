"""The app's pages (run by st.navigation in app.py) and the widgets they share.

Not named ``pages/``: Streamlit takes a folder of that name beside the main script for its older
multipage mode and runs a page file alone on a fresh server's first direct link (``/bank``)."""
