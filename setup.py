"""The compiled CPM kernel (accord/scheduling/_cpm.c); everything else is in pyproject.toml.

``optional=True``: a machine without a C compiler still installs Accord, which then runs
the numpy passes (accord/scheduling/kernel.py says which one is in use).
"""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension(
            "accord.scheduling._cpm",
            sources=["accord/scheduling/_cpm.c"],
            extra_compile_args=["-O2"],
            optional=True,
        )
    ]
)
