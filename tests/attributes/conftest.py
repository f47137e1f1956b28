"""Attribute-stage resources, loaded once per test session."""

from __future__ import annotations

import pytest

from dyads.attributes import AttributeResources, Gazetteer, load_attribute_resources


@pytest.fixture(scope="session")
def resources() -> AttributeResources:
    return load_attribute_resources()


@pytest.fixture(scope="session")
def gazetteer(resources: AttributeResources) -> Gazetteer:
    return resources.gazetteer
