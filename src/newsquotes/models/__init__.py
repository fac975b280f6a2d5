"""Models behind one interface: ``get_model(name).predict(article) -> Annotation``."""
