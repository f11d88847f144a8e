"""The app's pages (run by st.navigation in app.py) and the widgets they share."""
