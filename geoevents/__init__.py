"""geoevents: Dutch news (NOS, NRC) to CAMEO/GDELT event data on Apache Beam."""

__version__ = "0.1.0"
